// Reads a linked module's import section to decide whether a linked module needs binaryen's asyncify pass, by reading
// its import section: the runtime implements proc_fork, stack_checkpoint and
// stack_restore by unwinding and rewinding the guest's stack with asyncify,
// so a module that imports any of them must be asyncified; any other module
// must not be (asyncify costs size and speed). See drivers/README.md.
//
//   wasix_driver::scan s = wasix_driver::scan_file("a.out.wasm");
//   if (!s.ok) ... s.error ...
//   if (s.needs_asyncify()) run wasm-opt --asyncify ...
//   if (s.needs_asyncify() && s.uses_exceptions) refuse: binaryen's asyncify
//       cannot process wasm exception handling.
#pragma once

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace wasix_driver {

struct scan {
    bool ok = false;
    std::string error;
    // Function imports from wasix_32v1 / wasix_64v1 that require asyncify.
    std::vector<std::string> asyncify_imports;
    // The module imports or defines an exception tag, or has a tag section
    // (wasm exception handling, e.g. -fwasm-exceptions or
    // -mllvm -wasm-enable-sjlj).
    bool uses_exceptions = false;

    bool needs_asyncify() const { return !asyncify_imports.empty(); }
};

namespace scan_detail {

struct reader {
    const std::vector<uint8_t>& b;
    size_t pos;
    size_t end;
    bool bad = false;

    uint8_t byte() {
        if (pos >= end) {
            bad = true;
            return 0;
        }
        return b[pos++];
    }
    uint64_t uleb() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const uint8_t c = byte();
            v |= static_cast<uint64_t>(c & 0x7f) << shift;
            if (!(c & 0x80) || bad) return v;
        }
        bad = true;
        return v;
    }
    std::string name() {
        const uint64_t n = uleb();
        if (bad || n > end - pos) {
            bad = true;
            return {};
        }
        std::string s(reinterpret_cast<const char*>(b.data() + pos), static_cast<size_t>(n));
        pos += static_cast<size_t>(n);
        return s;
    }
    void limits() {
        const uint64_t flags = uleb();
        uleb();                    // minimum
        if (flags & 1) uleb();     // maximum
    }
};

inline bool needs(const std::string& module, const std::string& field) {
    if (module != "wasix_32v1" && module != "wasix_64v1") return false;
    return field == "proc_fork" || field == "stack_checkpoint" || field == "stack_restore";
}

}  // namespace scan_detail

inline scan scan_bytes(const std::vector<uint8_t>& bytes) {
    scan out;
    static const uint8_t magic[8] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    if (bytes.size() < 8 || !std::equal(magic, magic + 8, bytes.begin())) {
        out.error = "not a wasm module (bad magic or version)";
        return out;
    }
    scan_detail::reader r{bytes, 8, bytes.size()};
    while (r.pos < r.end) {
        const uint8_t id = r.byte();
        const uint64_t size = r.uleb();
        if (r.bad || size > r.end - r.pos) {
            out.error = "truncated section";
            return out;
        }
        const size_t section_end = r.pos + static_cast<size_t>(size);
        if (id == 13) out.uses_exceptions = true;  // tag section
        if (id == 2) {
            scan_detail::reader s{bytes, r.pos, section_end};
            const uint64_t count = s.uleb();
            for (uint64_t i = 0; i < count && !s.bad; ++i) {
                const std::string module = s.name();
                const std::string field = s.name();
                const uint8_t kind = s.byte();
                switch (kind) {
                case 0:  // function: type index
                    s.uleb();
                    if (scan_detail::needs(module, field)) out.asyncify_imports.push_back(module + "." + field);
                    break;
                case 1:  // table: reftype, limits
                    s.byte();
                    s.limits();
                    break;
                case 2:  // memory: limits
                    s.limits();
                    break;
                case 3:  // global: valtype, mutability
                    s.byte();
                    s.byte();
                    break;
                case 4:  // tag: attribute, type index
                    s.byte();
                    s.uleb();
                    out.uses_exceptions = true;
                    break;
                default:
                    out.error = "unknown import kind";
                    return out;
                }
            }
            if (s.bad) {
                out.error = "malformed import section";
                return out;
            }
        }
        r.pos = section_end;
    }
    out.ok = true;
    return out;
}

inline scan scan_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        scan out;
        out.error = "cannot read " + path;
        return out;
    }
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return scan_bytes(bytes);
}

}  // namespace wasix_driver
