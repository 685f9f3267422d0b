// Unit tests of the driver's post-link stack check (drivers/stack_guard.cpp) on modules built
// here byte by byte: which global.set instructions become calls, and which bytes stay.
#include <catch2/catch.hpp>

#include "stack_guard.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

using namespace wasix_driver;

namespace {

using Bytes = std::vector<uint8_t>;

void append(Bytes& to, const Bytes& more) { to.insert(to.end(), more.begin(), more.end()); }

Bytes uleb(uint32_t v) {
    Bytes out;
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        if (v) b |= 0x80;
        out.push_back(b);
    } while (v);
    return out;
}

// What wasm-ld writes for a relocated index: always 5 bytes.
Bytes padded(uint32_t v) {
    Bytes out;
    for (int i = 0; i < 5; ++i) {
        out.push_back(static_cast<uint8_t>((v & 0x7f) | (i < 4 ? 0x80 : 0)));
        v >>= 7;
    }
    return out;
}

Bytes str(const std::string& s) {
    Bytes out = uleb(static_cast<uint32_t>(s.size()));
    out.insert(out.end(), s.begin(), s.end());
    return out;
}

Bytes section(uint8_t id, const Bytes& payload) {
    Bytes out{id};
    append(out, uleb(static_cast<uint32_t>(payload.size())));
    append(out, payload);
    return out;
}

Bytes body(const Bytes& code) {  // no locals
    Bytes b{0x00};
    append(b, code);
    b.push_back(0x0b);
    Bytes out = uleb(static_cast<uint32_t>(b.size()));
    append(out, b);
    return out;
}

Bytes set_global(uint32_t index) {
    Bytes out{0x24};
    append(out, padded(index));
    return out;
}

Bytes call(uint32_t index) {
    Bytes out{0x10};
    append(out, padded(index));
    return out;
}

struct ModuleSpec {
    bool import_stack_pointer = false;  // as a -fPIC program has it
    bool export_check = true;
};

// A module with an (i32)->() checking function and a second function of `code` (i32 operand
// stack discipline is not checked: the rewrite only decodes). Globals: the stack pointer and
// one other. Returns the module; *code_at is the offset of `code` in it.
Bytes module(const Bytes& code, const ModuleSpec& spec, std::size_t* code_at = nullptr,
             uint32_t* check_index = nullptr) {
    Bytes m{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    append(m, section(1, {0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00}));  // (i32)->(), ()->()
    uint32_t imported_functions = 0;
    Bytes imports;
    uint32_t import_count = 0;
    // One imported function moves the defined functions' indices.
    append(imports, str("env"));
    append(imports, str("f"));
    append(imports, {0x00, 0x01});
    ++import_count;
    ++imported_functions;
    if (spec.import_stack_pointer) {
        append(imports, str("env"));
        append(imports, str("__stack_pointer"));
        append(imports, {0x03, 0x7f, 0x01});
        ++import_count;
    }
    Bytes import_section = uleb(import_count);
    append(import_section, imports);
    append(m, section(2, import_section));
    append(m, section(3, {0x02, 0x00, 0x01}));  // two functions: (i32)->(), ()->()
    // Globals: a defined stack pointer (unless imported) and one more.
    Bytes globals;
    const uint32_t defined = spec.import_stack_pointer ? 1 : 2;
    globals = uleb(defined);
    for (uint32_t i = 0; i < defined; ++i) append(globals, {0x7f, 0x01, 0x41, 0x00, 0x0b});
    append(m, section(6, globals));
    const uint32_t check = imported_functions;
    Bytes exports;
    uint32_t export_count = 0;
    if (spec.export_check) {
        append(exports, str(kStackSetExport));
        exports.push_back(0x00);
        append(exports, uleb(check));
        ++export_count;
    }
    if (!spec.import_stack_pointer) {
        append(exports, str("__stack_pointer"));
        append(exports, {0x03, 0x00});
        ++export_count;
    }
    Bytes export_section = uleb(export_count);
    append(export_section, exports);
    append(m, section(7, export_section));
    // The checking function's own global.set of the stack pointer stays.
    Bytes check_code{0x20, 0x00};
    append(check_code, set_global(0));
    Bytes code_section{0x02};
    append(code_section, body(check_code));
    const std::size_t before = code_section.size();
    append(code_section, body(code));
    Bytes sec = section(10, code_section);
    // Offset of `code`: the section header, the bodies before it, the body's size and locals.
    const std::size_t header = sec.size() - code_section.size();
    const std::size_t second_size_len = uleb(static_cast<uint32_t>(code.size() + 2)).size();
    if (code_at) *code_at = m.size() + header + before + second_size_len + 1;
    if (check_index) *check_index = check;
    append(m, sec);
    return m;
}

}  // namespace

TEST_CASE("stack_guard: every padded global.set of the stack pointer becomes the call, nothing else changes",
          "[stack_guard]") {
    // Instructions whose immediates hold the very bytes of a global.set 0, and others whose
    // immediates the decoder must know to stay in step.
    Bytes code;
    append(code, {0x41, 0x00});  // i32.const 0
    append(code, set_global(0));                  // rewritten
    append(code, {0x44, 0x24, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00, 0x00, 0x1a});  // f64.const; drop
    append(code, {0xfd, 0x0c, 0x24, 0x80, 0x80, 0x80, 0x80, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0x1a});  // v128.const
    append(code, {0x41, 0x00, 0xfe, 0x10, 0x02, 0x24, 0x1a});  // i32.atomic.load offset 0x24
    append(code, {0x41, 0x00, 0x24, 0x00});                    // global.set 0, one-byte index: kept
    append(code, {0x41, 0x00});
    append(code, set_global(1));                               // another global: kept
    append(code, {0x02, 0x40, 0x41, 0x00, 0x0e, 0x01, 0x00, 0x00, 0x0b});  // block; br_table
    append(code, {0x06, 0x40, 0x41, 0x00});                   // try
    append(code, set_global(0));                               // rewritten, inside try
    append(code, {0x19, 0x0b});                                // catch_all; end
    append(code, {0x1f, 0x40, 0x01, 0x02, 0x00, 0x0b});        // try_table (catch_all 0); end
    append(code, {0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00});  // memory.fill
    std::size_t at = 0;
    uint32_t check = 0;
    const Bytes original = module(code, {}, &at, &check);
    Bytes bytes = original;
    const StackGuardResult r = guard_stack_bytes(bytes);
    INFO(r.error);
    REQUIRE(r.error.empty());
    CHECK(r.applies);
    CHECK(r.rewritten == 2);
    CHECK(r.kept == 1);
    REQUIRE(bytes.size() == original.size());
    Bytes expected = original;
    const Bytes c = call(check);
    const std::size_t first = at + 2;
    const std::size_t second = at + 2 + 6 + 10 + 19 + 7 + 4 + 2 + 6 + 9 + 4;
    std::copy(c.begin(), c.end(), expected.begin() + static_cast<long>(first));
    std::copy(c.begin(), c.end(), expected.begin() + static_cast<long>(second));
    CHECK(bytes == expected);
}

TEST_CASE("stack_guard: an imported stack pointer (a -fPIC program) is found by its import",
          "[stack_guard]") {
    Bytes code{0x41, 0x00};
    append(code, set_global(0));
    ModuleSpec spec;
    spec.import_stack_pointer = true;
    Bytes bytes = module(code, spec);
    const StackGuardResult r = guard_stack_bytes(bytes);
    REQUIRE(r.error.empty());
    CHECK(r.rewritten == 1);
}

TEST_CASE("stack_guard: a module without the checking function is left alone", "[stack_guard]") {
    Bytes code{0x41, 0x00};
    append(code, set_global(0));
    ModuleSpec spec;
    spec.export_check = false;
    const Bytes original = module(code, spec);
    Bytes bytes = original;
    const StackGuardResult r = guard_stack_bytes(bytes);
    CHECK(r.error.empty());
    CHECK_FALSE(r.applies);
    CHECK(bytes == original);
}

TEST_CASE("stack_guard: an instruction the decoder does not know fails, the module unchanged",
          "[stack_guard]") {
    for (const Bytes& unknown : {Bytes{0x27}, Bytes{0xfb, 0x00}, Bytes{0xfe, 0x05}, Bytes{0xfc, 0x40}}) {
        Bytes code{0x41, 0x00};
        append(code, set_global(0));
        append(code, unknown);
        const Bytes original = module(code, {});
        Bytes bytes = original;
        const StackGuardResult r = guard_stack_bytes(bytes);
        CHECK_FALSE(r.error.empty());
        CHECK(r.error.find("unknown instruction") != std::string::npos);
        CHECK(bytes == original);
    }
}

TEST_CASE("stack_guard: a truncated module fails", "[stack_guard]") {
    Bytes code{0x41, 0x00};
    append(code, set_global(0));
    Bytes bytes = module(code, {});
    bytes.resize(bytes.size() - 3);
    CHECK_FALSE(guard_stack_bytes(bytes).error.empty());
    Bytes junk{0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00};
    CHECK_FALSE(guard_stack_bytes(junk).error.empty());
}

TEST_CASE("stack_guard: the file is replaced only when rewritten", "[stack_guard]") {
    char dir[] = "/tmp/stack_guard_test.XXXXXX";
    REQUIRE(mkdtemp(dir) != nullptr);
    const std::string path = std::string(dir) + "/m.wasm";
    Bytes code{0x41, 0x00};
    append(code, set_global(0));
    append(code, {0x27});  // unknown: the link must fail and the file stay as it was
    const Bytes bad = module(code, {});
    {
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bad.data()),
                                                    static_cast<std::streamsize>(bad.size()));
    }
    CHECK_FALSE(guard_stack_file(path).error.empty());
    auto read = [&] {
        std::ifstream in(path, std::ios::binary);
        return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    CHECK(read() == bad);
    CHECK(access((path + ".wasix-stack.tmp").c_str(), F_OK) != 0);
    Bytes good_code{0x41, 0x00};
    append(good_code, set_global(0));
    const Bytes good = module(good_code, {});
    {
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(good.data()),
                                                    static_cast<std::streamsize>(good.size()));
    }
    const StackGuardResult r = guard_stack_file(path);
    CHECK(r.error.empty());
    CHECK(r.rewritten == 1);
    CHECK(read() != good);
    CHECK(read().size() == good.size());
    CHECK(guard_stack_file("/dev/null").error.empty());
    std::remove(path.c_str());
    rmdir(dir);
}

TEST_CASE("stack_guard: -f[no-]wasix-stack-guard, the last one wins; never for a side module",
          "[stack_guard]") {
    unsetenv(kStackGuardVar);
    const Options plain = analyze_arguments({"x.c"});
    CHECK(stack_guard_wanted(plain));
    const Options off = analyze_arguments({"-fno-wasix-stack-guard", "x.c"});
    CHECK(off.stack_guard == 0);
    CHECK(off.unknown_driver_flag.empty());
    CHECK(std::find(off.forwarded.begin(), off.forwarded.end(), "-fno-wasix-stack-guard") == off.forwarded.end());
    CHECK_FALSE(stack_guard_wanted(off));
    CHECK(stack_guard_wanted(analyze_arguments({"-fno-wasix-stack-guard", "-fwasix-stack-guard", "x.c"})));
    CHECK_FALSE(stack_guard_wanted(analyze_arguments({"-shared", "-fPIC", "x.c"})));
    setenv(kStackGuardVar, "0", 1);
    CHECK_FALSE(stack_guard_wanted(plain));
    CHECK(stack_guard_wanted(analyze_arguments({"-fwasix-stack-guard", "x.c"})));
    unsetenv(kStackGuardVar);
}
