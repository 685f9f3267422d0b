// See stack_guard.hpp.
#include "stack_guard.hpp"

#include "locate.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

#include <sys/stat.h>
#include <unistd.h>

namespace wasix_driver {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

// A failed read sets `error` and leaves pos at end, so that every loop over the
// remaining bytes stops.
struct Cursor {
    const std::vector<uint8_t>& b;
    std::size_t pos;
    std::size_t end;
    std::string error;

    bool ok() const { return error.empty(); }
    void fail(const std::string& why) {
        if (error.empty()) error = why + " at offset " + std::to_string(pos);
        pos = end;
    }
    uint8_t byte() {
        if (pos >= end) {
            fail("unexpected end");
            return 0;
        }
        return b[pos++];
    }
    void skip(std::size_t n) {
        if (n > end - pos) fail("unexpected end");
        else pos += n;
    }
    uint64_t uleb(unsigned bits = 32) {
        uint64_t v = 0;
        for (unsigned shift = 0;; shift += 7) {
            if (shift >= bits + 7) {
                fail("LEB too long");
                return 0;
            }
            const uint8_t c = byte();
            if (!ok()) return 0;
            v |= static_cast<uint64_t>(c & 0x7f) << (shift < 64 ? shift : 63);
            if (!(c & 0x80)) return v;
        }
    }
    int64_t sleb(unsigned bits) {
        int64_t v = 0;
        unsigned shift = 0;
        uint8_t c = 0;
        do {
            if (shift >= bits + 7) {
                fail("LEB too long");
                return 0;
            }
            c = byte();
            if (!ok()) return 0;
            if (shift < 64) v |= static_cast<int64_t>(c & 0x7f) << shift;
            shift += 7;
        } while (c & 0x80);
        if (shift < 64 && (c & 0x40)) v |= -(int64_t{1} << shift);
        return v;
    }
    std::string name() {
        const uint64_t n = uleb();
        if (!ok() || n > end - pos) {
            fail("bad name");
            return {};
        }
        std::string s(reinterpret_cast<const char*>(b.data() + pos), static_cast<std::size_t>(n));
        pos += static_cast<std::size_t>(n);
        return s;
    }
};

// A heap type, or the rest of a value type after 0x63/0x64 (ref null ht / ref ht).
void heap_type(Cursor& c) { c.sleb(33); }

// A value type: one byte, or 0x63/0x64 followed by a heap type.
void value_type(Cursor& c) {
    const uint8_t t = c.byte();
    if (t == 0x63 || t == 0x64) heap_type(c);
}

// A block type: 0x40, a value type, or a type index (s33); read as one signed LEB, in which
// 0x40 and the one-byte value types are negative.
void block_type(Cursor& c) {
    const int64_t t = c.sleb(33);
    if (t == -29 || t == -28) heap_type(c);  // 0x63 / 0x64
}

void limits(Cursor& c) {
    const uint64_t flags = c.uleb();
    c.uleb(64);
    if (flags & 1) c.uleb(64);
}

void memarg(Cursor& c) {
    const uint64_t align = c.uleb();
    if (align & 0x40) c.uleb();  // memory index (multi-memory)
    c.uleb(64);                  // offset
}

// The immediates of the 0xFC-prefixed instruction `op` (saturating truncations, bulk memory,
// tables).
void misc_immediates(Cursor& c, uint32_t op) {
    switch (op) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: return;  // trunc_sat
    case 8: c.uleb(); c.uleb(); return;   // memory.init data, memory
    case 9: c.uleb(); return;             // data.drop
    case 10: c.uleb(); c.uleb(); return;  // memory.copy
    case 11: c.uleb(); return;            // memory.fill
    case 12: c.uleb(); c.uleb(); return;  // table.init elem, table
    case 13: c.uleb(); return;            // elem.drop
    case 14: c.uleb(); c.uleb(); return;  // table.copy
    case 15: case 16: case 17: c.uleb(); return;  // table.grow/size/fill
    default: c.fail("unknown instruction 0xfc " + std::to_string(op));
    }
}

// SIMD (0xFD) and relaxed SIMD.
void simd_immediates(Cursor& c, uint32_t op) {
    if (op <= 11 || op == 92 || op == 93) return memarg(c);      // loads, store, load_zero
    if (op == 12 || op == 13) return c.skip(16);                 // v128.const, i8x16.shuffle
    if (op >= 21 && op <= 34) return c.skip(1);                  // extract/replace_lane
    if (op >= 84 && op <= 91) {                                  // load/store_lane
        memarg(c);
        return c.skip(1);
    }
    if (op <= 0x113) return;  // the arithmetic, comparisons and conversions: none
    c.fail("unknown instruction 0xfd " + std::to_string(op));
}

// Threads (0xFE).
void atomic_immediates(Cursor& c, uint32_t op) {
    if (op == 3) return c.skip(1);  // atomic.fence: a zero byte
    if (op <= 2 || (op >= 0x10 && op <= 0x4e)) return memarg(c);
    c.fail("unknown instruction 0xfe " + std::to_string(op));
}

// Reads one instruction whose opcode byte `op` has been read.
void immediates(Cursor& c, uint8_t op) {
    switch (op) {
    case 0x00: case 0x01: case 0x05: case 0x0a: case 0x0b: case 0x0f: case 0x19:
    case 0x1a: case 0x1b: case 0xd1: case 0xd3: case 0xd4:
        return;
    case 0x02: case 0x03: case 0x04: case 0x06:  // block, loop, if, try
        return block_type(c);
    case 0x07: case 0x08: case 0x09: case 0x0c: case 0x0d:  // catch, throw, rethrow, br, br_if
    case 0x10: case 0x12: case 0x14: case 0x15:  // call, return_call, call_ref, return_call_ref
    case 0x18:                                  // delegate
    case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26:
    case 0xd2: case 0xd5: case 0xd6:            // ref.func, br_on_null, br_on_non_null
        c.uleb();
        return;
    case 0x0e: {  // br_table
        const uint64_t n = c.uleb();
        for (uint64_t i = 0; i <= n && c.ok(); ++i) c.uleb();
        return;
    }
    case 0x11: case 0x13:  // call_indirect, return_call_indirect: type, table
        c.uleb();
        c.uleb();
        return;
    case 0x1c: {  // select t*
        const uint64_t n = c.uleb();
        for (uint64_t i = 0; i < n && c.ok(); ++i) value_type(c);
        return;
    }
    case 0x1f: {  // try_table: block type, catch clauses
        block_type(c);
        const uint64_t n = c.uleb();
        for (uint64_t i = 0; i < n && c.ok(); ++i) {
            const uint8_t kind = c.byte();
            if (kind > 3) return c.fail("unknown try_table catch kind");
            if (kind <= 1) c.uleb();  // tag
            c.uleb();                 // label
        }
        return;
    }
    case 0x3f: case 0x40:  // memory.size, memory.grow
        c.uleb();
        return;
    case 0x41: c.sleb(32); return;
    case 0x42: c.sleb(64); return;
    case 0x43: c.skip(4); return;
    case 0x44: c.skip(8); return;
    case 0xd0: heap_type(c); return;  // ref.null
    case 0xfc: { const uint32_t sub = static_cast<uint32_t>(c.uleb()); if (c.ok()) misc_immediates(c, sub); return; }
    case 0xfd: { const uint32_t sub = static_cast<uint32_t>(c.uleb()); if (c.ok()) simd_immediates(c, sub); return; }
    case 0xfe: { const uint32_t sub = static_cast<uint32_t>(c.uleb()); if (c.ok()) atomic_immediates(c, sub); return; }
    default:
        if (op >= 0x28 && op <= 0x3e) return memarg(c);  // loads and stores
        if (op >= 0x45 && op <= 0xc4) return;            // numeric, sign extension
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", op);
        c.fail(std::string("unknown instruction ") + hex);
    }
}

// What the rewrite needs from the sections before the code.
struct ModuleFacts {
    uint32_t imported_functions = 0;
    uint32_t imported_globals = 0;
    uint32_t stack_pointer = kNone;  // global index
    uint32_t stack_set = kNone;      // function index
    std::size_t code_start = 0, code_end = 0;
};

void read_imports(Cursor& c, ModuleFacts& m) {
    const uint64_t n = c.uleb();
    for (uint64_t i = 0; i < n && c.ok(); ++i) {
        c.name();
        const std::string field = c.name();
        switch (c.byte()) {
        case 0: c.uleb(); ++m.imported_functions; break;
        case 1: value_type(c); limits(c); break;
        case 2: limits(c); break;
        case 3:
            // A position-independent program imports its stack pointer.
            if (field == "__stack_pointer") m.stack_pointer = m.imported_globals;
            value_type(c);
            c.byte();
            ++m.imported_globals;
            break;
        case 4: c.byte(); c.uleb(); break;
        default: c.fail("unknown import kind");
        }
    }
}

void read_exports(Cursor& c, ModuleFacts& m) {
    const uint64_t n = c.uleb();
    for (uint64_t i = 0; i < n && c.ok(); ++i) {
        const std::string name = c.name();
        const uint8_t kind = c.byte();
        const uint32_t index = static_cast<uint32_t>(c.uleb());
        if (kind == 0 && name == kStackSetExport) m.stack_set = index;
        if (kind == 3 && name == "__stack_pointer" && m.stack_pointer == kNone) m.stack_pointer = index;
    }
}

void write_padded_leb(uint8_t* at, uint32_t v) {
    for (int i = 0; i < 5; ++i) {
        at[i] = static_cast<uint8_t>(v & 0x7f) | (i < 4 ? 0x80 : 0);
        v >>= 7;
    }
}

}  // namespace

bool stack_guard_wanted(const Options& options) {
    if (options.side_module()) return false;
    const int chosen = options.stack_guard >= 0 ? options.stack_guard
                                                : sdk_choice(kStackGuardVar, "stack check choice");
    return chosen != 0;
}

StackGuardResult guard_stack_bytes(std::vector<uint8_t>& bytes) {
    StackGuardResult out;
    static const uint8_t magic[8] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    if (bytes.size() < 8 || std::memcmp(bytes.data(), magic, 8) != 0) {
        out.error = "not a wasm module";
        return out;
    }
    ModuleFacts m;
    Cursor r{bytes, 8, bytes.size(), {}};
    while (r.pos < r.end && r.ok()) {
        const uint8_t id = r.byte();
        const uint64_t size = r.uleb();
        if (!r.ok() || size > r.end - r.pos) {
            out.error = "truncated section";
            return out;
        }
        const std::size_t section_end = r.pos + static_cast<std::size_t>(size);
        Cursor s{bytes, r.pos, section_end, {}};
        if (id == 2) read_imports(s, m);
        if (id == 7) read_exports(s, m);
        if (id == 10) {
            m.code_start = r.pos;
            m.code_end = section_end;
        }
        if (!s.ok()) {
            out.error = "section " + std::to_string(id) + ": " + s.error;
            return out;
        }
        r.pos = section_end;
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    if (m.stack_set == kNone || m.stack_pointer == kNone || m.code_end == 0) return out;
    if (m.stack_set < m.imported_functions) {
        out.error = std::string(kStackSetExport) + " is imported, not defined by the module";
        return out;
    }
    out.applies = true;

    // The call's 6 bytes, the same for every site.
    uint8_t call[6] = {0x10};
    write_padded_leb(call + 1, m.stack_set);

    // First find every site, then patch: a module the decoder cannot read whole stays as it is.
    std::vector<std::size_t> sites;
    Cursor c{bytes, m.code_start, m.code_end, {}};
    const uint64_t count = c.uleb();
    for (uint64_t i = 0; i < count && c.ok(); ++i) {
        const uint64_t size = c.uleb();
        if (!c.ok() || size > c.end - c.pos) {
            c.fail("truncated function body");
            break;
        }
        const std::size_t body_end = c.pos + static_cast<std::size_t>(size);
        const uint64_t function = m.imported_functions + i;
        if (function == m.stack_set) {  // the check itself sets the stack pointer
            c.pos = body_end;
            continue;
        }
        Cursor f{bytes, c.pos, body_end, {}};
        const uint64_t groups = f.uleb();
        for (uint64_t g = 0; g < groups && f.ok(); ++g) {
            f.uleb();
            value_type(f);
        }
        while (f.pos < f.end && f.ok()) {
            const std::size_t at = f.pos;
            const uint8_t op = f.byte();
            immediates(f, op);
            if (op == 0x24 && f.ok()) {
                // The index just read: which global, and in how many bytes.
                Cursor idx{bytes, at + 1, f.pos, {}};
                const uint64_t global = idx.uleb();
                if (global == m.stack_pointer) {
                    if (f.pos - at == 6) sites.push_back(at);
                    else ++out.kept;
                }
            }
        }
        if (!f.ok()) {
            out.error = "function " + std::to_string(function) + ": " + f.error;
            return out;
        }
        if (bytes[body_end - 1] != 0x0b) {
            out.error = "function " + std::to_string(function) + " does not end with 'end'";
            return out;
        }
        c.pos = body_end;
    }
    if (!c.ok()) {
        out.error = "code section: " + c.error;
        return out;
    }
    for (const std::size_t at : sites) std::memcpy(bytes.data() + at, call, sizeof call);
    out.rewritten = sites.size();
    return out;
}

StackGuardResult guard_stack_file(const std::string& path) {
    StackGuardResult out;
    // Standard output or a device (-o /dev/null): nothing to rewrite.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return out;
    std::vector<uint8_t> bytes;
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            out.error = "cannot read " + path;
            return out;
        }
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    out = guard_stack_bytes(bytes);
    if (!out.error.empty() || out.rewritten == 0) return out;
    const std::string tmp = path + ".wasix-stack.tmp";
    {
        std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
        o.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        o.close();
        if (!o) {
            ::unlink(tmp.c_str());
            out.error = "cannot write " + tmp;
            return out;
        }
    }
    ::chmod(tmp.c_str(), st.st_mode & 07777);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        out.error = "cannot replace " + path + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
    }
    return out;
}

}  // namespace wasix_driver
