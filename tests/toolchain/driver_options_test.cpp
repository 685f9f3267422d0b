// Unit tests of the wasix-clang driver's command-line analysis and link defaults (host only,
// no SDK needed).
#include <catch2/catch.hpp>

#include "asyncify.hpp"
#include "link_flags.hpp"
#include "linker_args.hpp"
#include "locate.hpp"
#include "options.hpp"
#include "response_file.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace wasix_driver;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool contains_prefix(const std::vector<std::string>& v, const std::string& prefix) {
    return std::any_of(v.begin(), v.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

}  // namespace

TEST_CASE("a plain compile-and-link command links", "[driver]") {
    const Options o = analyze_arguments({"-O2", "hello.c", "-o", "hello.wasm"});
    CHECK(o.links());
    CHECK(o.output == "hello.wasm");
    CHECK(o.opt_level == "-O2");
    CHECK_FALSE(o.shared);
    CHECK(o.forwarded == std::vector<std::string>{"-O2", "hello.c", "-o", "hello.wasm"});
}

TEST_CASE("flags that stop before the link step", "[driver]") {
    for (const char* flag : {"-c", "-S", "-E", "-M", "-MM", "-fsyntax-only"}) {
        INFO(flag);
        CHECK_FALSE(analyze_arguments({flag, "x.c"}).links());
    }
    // -MD / -MMD do not stop the link.
    CHECK(analyze_arguments({"-MD", "-MF", "x.d", "x.c"}).links());
}

TEST_CASE("values of separate options are not inputs", "[driver]") {
    CHECK_FALSE(analyze_arguments({"-I", "inc", "-D", "X=1", "-o", "out"}).has_inputs);
    CHECK_FALSE(analyze_arguments({"-x", "c", "-include", "pre.h", "-MF", "d"}).has_inputs);
    CHECK(analyze_arguments({"-x", "c", "-"}).has_inputs);
    // -l is a linker input by itself.
    CHECK(analyze_arguments({"-Llib", "-lplain", "-o", "a.wasm"}).links());
    CHECK(analyze_arguments({"-l", "plain"}).links());
}

TEST_CASE("-shared in any spelling is detected", "[driver]") {
    CHECK(analyze_arguments({"-shared", "x.c"}).shared);
    CHECK(analyze_arguments({"--shared", "x.c"}).shared);
    CHECK(analyze_arguments({"-Wl,-shared", "x.c"}).shared);
    CHECK(analyze_arguments({"-Wl,--export=a,--shared", "x.c"}).shared);
    CHECK(analyze_arguments({"-Xlinker", "-shared", "x.c"}).shared);
    CHECK_FALSE(analyze_arguments({"-fPIC", "-c", "x.c"}).shared);
}

TEST_CASE("-fPIC and -shared: side modules and dynamically linked programs", "[driver]") {
    // -fPIC alone compiles position-independent code with default visibility.
    const Options compile = analyze_arguments({"-fPIC", "-c", "x.c"});
    CHECK(compile.pic());
    CHECK_FALSE(compile.dynamic_main());
    CHECK_FALSE(compile.side_module());
    CHECK(contains(target_flags("/s", compile), "-fvisibility=default"));
    CHECK_FALSE(contains(target_flags("/s", analyze_arguments({"-c", "x.c"})), "-fvisibility=default"));
    CHECK_FALSE(analyze_arguments({"-fPIC", "-fno-PIC", "x.c"}).pic());
    CHECK(analyze_arguments({"-fpic", "x.c"}).pic());

    // -shared links a side module: no libc or crt, unresolved symbols imported, the same
    // shared memory as the program.
    const Options side = analyze_arguments({"-fPIC", "-shared", "x.c", "-o", "libx.so"});
    CHECK(side.side_module());
    CHECK_FALSE(side.dynamic_main());
    const auto side_flags = link_flags(side, "", "/s");
    CHECK(contains(side_flags, "-nostdlib"));
    CHECK(contains(side_flags, "-Wl,--no-entry,--experimental-pic,--unresolved-symbols=import-dynamic"));
    CHECK(contains(side_flags, "-Wl,--shared-memory"));
    CHECK(contains(side_flags, "-Wl,--import-memory"));
    CHECK_FALSE(contains(side_flags, "-Wl,--stack-first"));
    CHECK_FALSE(contains(side_flags, "-Wl,--export-table"));

    // A program linked with -fPIC: the pic/ libc, crt1 and a position-independent executable
    // that exports its symbols; the runtime provides its stack and table.
    const Options main = analyze_arguments({"-fPIC", "main.c", "-o", "main.wasm"});
    CHECK(main.dynamic_main());
    const auto main_flags = link_flags(main, "", "/s");
    CHECK(contains(main_flags, "-nostartfiles"));
    CHECK(contains(main_flags, "/s/lib/wasm32-wasi/pic/crt1-command.o"));
    CHECK(contains(main_flags, "-L/s/lib/wasm32-wasi/pic"));
    CHECK(contains(main_flags, "-Wl,-pie,--experimental-pic,--export-dynamic"));
    CHECK(contains(main_flags, "-Wl,--shared-memory"));
    CHECK_FALSE(contains(main_flags, "-Wl,--export-table"));
    CHECK_FALSE(contains_prefix(main_flags, "-Wl,--export=__stack_pointer"));
    // Without -fPIC at the link, a static program as before.
    const auto static_flags = link_flags(analyze_arguments({"main.o", "-o", "main.wasm"}), "", "/s");
    CHECK_FALSE(contains(static_flags, "-nostartfiles"));
    CHECK(contains(static_flags, "-Wl,--export-table"));
}

TEST_CASE("user overrides of the link defaults", "[driver]") {
    CHECK(analyze_arguments({"-Wl,--max-memory=65536", "x.c"}).user_max_memory);
    CHECK(analyze_arguments({"-Xlinker", "--max-memory=65536", "x.c"}).user_max_memory);
    CHECK(analyze_arguments({"-Wl,-z,stack-size=8192", "x.c"}).user_stack_size);
    CHECK(analyze_arguments({"-z", "stack-size=8192", "x.c"}).user_stack_size);
    const Options plain = analyze_arguments({"x.c"});
    const auto flags = link_flags(plain, "/usr/bin/wasm-ld-19", "/nonexistent");
    CHECK(contains(flags, "-Wl,--max-memory=4294967296"));
    CHECK(contains(flags, "-Wl,-z,stack-size=1048576"));
    CHECK(contains(flags, "-Wl,--shared-memory"));
    CHECK(contains(flags, "-Wl,--stack-first"));
    CHECK(contains(flags, "-Wl,--import-memory"));
    CHECK(contains(flags, "-fuse-ld=/usr/bin/wasm-ld-19"));
    CHECK(contains_prefix(flags, "-Wl,--export=__stack_pointer"));
    const auto overridden =
        link_flags(analyze_arguments({"-Wl,--max-memory=65536", "x.c"}), "", "/nonexistent");
    CHECK_FALSE(contains_prefix(overridden, "-Wl,--max-memory="));
}

namespace {

Options analyze_as(bool cxx, const std::vector<std::string>& args) {
    Options o = analyze_arguments(args);
    o.cxx = cxx;
    return o;
}

}  // namespace

TEST_CASE("exceptions: on for C++ and off for C by default, as natively", "[driver]") {
    // wasix-clang++: on unless the last exception flag turns them off.
    const auto cxx = target_flags("/s", analyze_as(true, {"x.cpp"}));
    CHECK(contains(cxx, "-fwasm-exceptions"));
    CHECK_FALSE(contains(cxx, "-fno-exceptions"));
    CHECK_FALSE(contains(target_flags("/s", analyze_as(true, {"-fno-exceptions", "x.cpp"})), "-fwasm-exceptions"));
    CHECK_FALSE(contains(target_flags("/s", analyze_as(true, {"-fno-cxx-exceptions", "x.cpp"})), "-fwasm-exceptions"));
    CHECK(contains(target_flags("/s", analyze_as(true, {"-fno-exceptions", "-fexceptions", "x.cpp"})), "-fwasm-exceptions"));
    // wasix-clang: off unless turned on; -fexceptions and -fwasm-exceptions are the same.
    CHECK(contains(target_flags("/s", analyze_as(false, {"x.c"})), "-fno-exceptions"));
    CHECK(contains(target_flags("/s", analyze_as(false, {"-fexceptions", "x.c"})), "-fwasm-exceptions"));
    CHECK(contains(target_flags("/s", analyze_as(false, {"-fwasm-exceptions", "x.c"})), "-fwasm-exceptions"));
    CHECK(analyze_as(false, {"-fwasm-exceptions", "-fno-exceptions", "x.c"}).exceptions() == false);

    // Linking with exceptions: the eh/ libraries first, the unwinder, the terminate report.
    const auto eh = link_flags(analyze_as(true, {"x.cpp"}), "", "/s");
    CHECK(contains(eh, "-L/s/lib/wasm32-wasi/eh"));
    CHECK(contains(eh, "-lunwind"));
    CHECK(contains_prefix(eh, "-Wl,--wrap=__original_main"));
    const auto no_eh = link_flags(analyze_as(true, {"-fno-exceptions", "x.cpp"}), "", "/s");
    CHECK_FALSE(contains(no_eh, "-L/s/lib/wasm32-wasi/eh"));
    CHECK_FALSE(contains(no_eh, "-lunwind"));
    CHECK_FALSE(contains(link_flags(analyze_as(false, {"x.c"}), "", "/s"), "-lunwind"));

    // A C++ program linked with -fPIC: the position-independent libraries with exceptions
    // (pic/eh/) before the position-independent ones without (pic/), not the static ones.
    const auto pic_eh = link_flags(analyze_as(true, {"-fPIC", "x.cpp"}), "", "/s");
    CHECK(contains(pic_eh, "-L/s/lib/wasm32-wasi/pic/eh"));
    CHECK(contains(pic_eh, "-L/s/lib/wasm32-wasi/pic"));
    CHECK_FALSE(contains(pic_eh, "-L/s/lib/wasm32-wasi/eh"));
    CHECK(contains(pic_eh, "-lunwind"));
    const auto pic_eh_dir = std::find(pic_eh.begin(), pic_eh.end(), "-L/s/lib/wasm32-wasi/pic/eh");
    CHECK(pic_eh_dir < std::find(pic_eh.begin(), pic_eh.end(), "-L/s/lib/wasm32-wasi/pic"));
    const auto pic_no_eh = link_flags(analyze_as(true, {"-fPIC", "-fno-exceptions", "x.cpp"}), "", "/s");
    CHECK_FALSE(contains(pic_no_eh, "-L/s/lib/wasm32-wasi/pic/eh"));
    CHECK(contains(pic_no_eh, "-L/s/lib/wasm32-wasi/pic"));

    const auto t = target_flags("/s", analyze_arguments({"x.c"}));
    CHECK(contains(t, "--target=wasm32-wasi"));
    CHECK(contains(t, "--sysroot=/s"));
    CHECK(contains(t, "-matomics"));
    CHECK(contains(t, "-mbulk-memory"));
    CHECK(contains(t, "-pthread"));
}

TEST_CASE("setjmp: the exception-based lowering by default", "[driver]") {
    auto count_sjlj = [](const std::vector<std::string>& v) {
        return std::count(v.begin(), v.end(), std::string("-wasm-enable-sjlj"));
    };
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"x.c"}))) == 1);
    CHECK(count_sjlj(target_flags("/s", analyze_as(true, {"-fno-exceptions", "x.cpp"}))) == 1);
    const Options off = analyze_as(false, {"-fno-wasix-sjlj", "x.c"});
    CHECK(count_sjlj(target_flags("/s", off)) == 0);
    CHECK_FALSE(contains(off.forwarded, "-fno-wasix-sjlj"));
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"-fno-wasix-sjlj", "-fwasix-sjlj", "x.c"}))) == 1);
    // A link of objects compiles nothing (clang would warn that the option is unused).
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"a.o", "b.a", "-o", "x.wasm"}))) == 0);
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"-x", "c", "-"}))) == 1);
    // The user's own -mllvm choice is not doubled (clang refuses a repeated -mllvm option).
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"-mllvm", "-wasm-enable-sjlj", "x.c"}))) == 0);
    CHECK(count_sjlj(target_flags("/s", analyze_as(false, {"-mllvm", "-enable-emscripten-sjlj", "x.c"}))) == 0);
}

TEST_CASE("asyncify: explicit flags and environment", "[driver]") {
    ::unsetenv("WASIX_SDK_ASYNCIFY");
    const Options off = analyze_arguments({"x.c"});
    CHECK(explicit_asyncify(off) == -1);
    const Options on = analyze_arguments({"-fwasix-asyncify", "x.c"});
    CHECK(explicit_asyncify(on) == 1);
    CHECK(decide_asyncify(on, "/nonexistent.wasm").run);  // an explicit yes needs no module
    CHECK_FALSE(contains(on.forwarded, "-fwasix-asyncify"));
    CHECK(explicit_asyncify(analyze_arguments({"-fwasix-asyncify", "-fno-wasix-asyncify", "x.c"})) == 0);
    ::setenv("WASIX_SDK_ASYNCIFY", "1", 1);
    CHECK(explicit_asyncify(off) == 1);
    CHECK(explicit_asyncify(analyze_arguments({"-fno-wasix-asyncify", "x.c"})) == 0);
    ::setenv("WASIX_SDK_ASYNCIFY", "0", 1);
    CHECK(explicit_asyncify(off) == 0);
    ::unsetenv("WASIX_SDK_ASYNCIFY");
}

namespace {

// A minimal module: a type section and an import section with one function
// import per (module, name); optionally a tag section (wasm exceptions).
std::string write_module(const std::vector<std::pair<std::string, std::string>>& imports, bool with_tag) {
    std::vector<unsigned char> m = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    m.insert(m.end(), {0x01, 0x04, 0x01, 0x60, 0x00, 0x00});  // type 0: () -> ()
    std::vector<unsigned char> body = {static_cast<unsigned char>(imports.size())};
    for (const auto& [mod, name] : imports) {
        body.push_back(static_cast<unsigned char>(mod.size()));
        body.insert(body.end(), mod.begin(), mod.end());
        body.push_back(static_cast<unsigned char>(name.size()));
        body.insert(body.end(), name.begin(), name.end());
        body.push_back(0x00);  // function
        body.push_back(0x00);  // type 0
    }
    m.push_back(0x02);
    m.push_back(static_cast<unsigned char>(body.size()));
    m.insert(m.end(), body.begin(), body.end());
    if (with_tag) m.insert(m.end(), {0x0d, 0x03, 0x01, 0x00, 0x00});  // tag section
    static int counter = 0;
    std::string path = "/tmp/wasix-driver-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".wasm";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(m.data(), 1, m.size(), f);
    std::fclose(f);
    return path;
}

}  // namespace

TEST_CASE("asyncify: decided from the linked module's imports", "[driver]") {
    ::unsetenv("WASIX_SDK_ASYNCIFY");
    const Options plain = analyze_arguments({"x.c"});
    const std::string fork = write_module({{"wasi_snapshot_preview1", "fd_write"}, {"wasix_32v1", "proc_fork"}}, false);
    AsyncifyDecision d = decide_asyncify(plain, fork);
    CHECK(d.run);
    CHECK(d.error.empty());
    CHECK(d.why.find("wasix_32v1.proc_fork") != std::string::npos);
    CHECK(decide_asyncify(plain, write_module({{"wasix_64v1", "stack_checkpoint"}}, false)).run);
    CHECK(decide_asyncify(plain, write_module({{"wasix_32v1", "stack_restore"}}, false)).run);
    // Same names from another module, or other WASIX calls: no.
    CHECK_FALSE(decide_asyncify(plain, write_module({{"env", "proc_fork"}, {"wasix_32v1", "fd_pipe"}}, false)).run);
    // An explicit no wins over the imports.
    CHECK_FALSE(decide_asyncify(analyze_arguments({"-fno-wasix-asyncify", "x.c"}), fork).run);
    // fork + wasm exceptions: asyncified by a binaryen that handles exception instructions.
    AsyncifyDecision eh = decide_asyncify(plain, write_module({{"wasix_32v1", "proc_fork"}}, true));
    CHECK(eh.run);
    CHECK(eh.exceptions);
    CHECK(eh.error.empty());
    CHECK_FALSE(d.exceptions);
    // Exceptions alone need no asyncify.
    const AsyncifyDecision eh_only = decide_asyncify(plain, write_module({{"wasi_snapshot_preview1", "fd_write"}}, true));
    CHECK(eh_only.error.empty());
    CHECK_FALSE(eh_only.run);
    // Not a module at all.
    CHECK(decide_asyncify(plain, "/nonexistent.wasm").error.find("cannot inspect") == 0);
}

TEST_CASE("asyncify: the wasm-opt command", "[driver]") {
    const auto cmd = asyncify_command("wasm-opt", analyze_arguments({"-Os", "-g", "x.c"}), "o.wasm", "o.wasm", false);
    CHECK_FALSE(contains(cmd, "--enable-exception-handling"));
    const auto eh = asyncify_command("wasm-opt", analyze_arguments({"x.c"}), "o.wasm", "o.wasm", true);
    CHECK(contains(eh, "--enable-exception-handling"));
    CHECK(contains(cmd, "--asyncify"));
    CHECK(contains(cmd, "--enable-threads"));
    CHECK(contains(cmd, "--enable-bulk-memory"));
    CHECK(contains(cmd, "-Os"));
    CHECK(contains(cmd, "-g"));
    CHECK(analyze_arguments({"-fwasix-nonsense"}).unknown_driver_flag == "-fwasix-nonsense");
}

TEST_CASE("asyncify: which wasm-opt", "[driver]") {
    ::unsetenv("WASIX_SDK_WASM_OPT");
    const std::string bindir = "/tmp/wasix-driver-test-bin-" + std::to_string(::getpid());
    CHECK(std::system(("mkdir -p " + bindir + " && printf '#!/bin/sh\\n' > " + bindir + "/" + kBundledWasmOpt +
                       " && chmod +x " + bindir + "/" + kBundledWasmOpt).c_str()) == 0);
    // Exception instructions: only the SDK's binaryen (Debian's 108 aborts on them).
    CHECK(find_wasm_opt(bindir, true) == bindir + "/" + kBundledWasmOpt);
    CHECK(find_wasm_opt("/nonexistent", true).empty());
    // Otherwise a native one first, when PATH has one.
    const std::string native = search_path("wasm-opt", std::getenv("PATH") ? std::getenv("PATH") : "");
    CHECK(find_wasm_opt(bindir, false) == (native.empty() ? bindir + "/" + kBundledWasmOpt : native));
    ::setenv("WASIX_SDK_WASM_OPT", "/my/wasm-opt", 1);
    CHECK(find_wasm_opt(bindir, true) == "/my/wasm-opt");
    ::unsetenv("WASIX_SDK_WASM_OPT");
    std::system(("rm -rf " + bindir).c_str());
}

TEST_CASE("response files: GNU quoting, analysis and forwarding", "[driver]") {
    CHECK(tokenize_response_text("-c  'a b' \"c \\\"d\\\"\" e\\ f\n-o out") ==
          std::vector<std::string>{"-c", "a b", "c \"d\"", "e f", "-o", "out"});
    const std::string path = "driver_options_test.rsp";
    {
        std::ofstream f(path);
        f << "-c -o obj.o\n";
    }
    const Options o = analyze_arguments({"@" + path, "x.c"});
    CHECK_FALSE(o.links());
    CHECK(o.output == "obj.o");
    CHECK(o.forwarded == std::vector<std::string>{"@" + path, "x.c"});
    {
        std::ofstream f(path);
        f << "-fwasix-asyncify -O1\n";
    }
    const Options a = analyze_arguments({"@" + path, "x.c"});
    CHECK(a.asyncify == 1);
    CHECK(a.forwarded == std::vector<std::string>{"-O1", "x.c"});
    std::remove(path.c_str());
}

TEST_CASE("linker options wasm-ld does not know are dropped with their values", "[driver]") {
    using V = std::vector<std::string>;
    CHECK(drop_ignored_linker_args({"-Wl,-rpath,/usr/lib", "x.o"}) == V{"x.o"});
    CHECK(drop_ignored_linker_args({"-Wl,-rpath", "-Wl,/usr/lib", "x.o"}) == V{"x.o"});
    CHECK(drop_ignored_linker_args({"-Wl,-rpath=/a", "-Wl,-rpath-link,/b"}) == V{});
    CHECK(drop_ignored_linker_args({"-Xlinker", "-rpath", "-Xlinker", "/a", "-lm"}) == V{"-lm"});
    CHECK(drop_ignored_linker_args({"-rpath", "/a", "x.o"}) == V{"x.o"});
    CHECK(drop_ignored_linker_args({"-Wl,--as-needed,-lz,--no-as-needed"}) == V{"-Wl,-lz"});
    CHECK(drop_ignored_linker_args({"-Wl,--start-group", "a.a", "b.a", "-Wl,--end-group"}) ==
          V{"a.a", "b.a"});
    CHECK(drop_ignored_linker_args({"-Wl,--version-script=x.map", "-Wl,--version-script,y.map"}) == V{});
    CHECK(drop_ignored_linker_args({"-Wl,--no-undefined", "-Wl,-h,libx.so.1"}) == V{});
    // wasm-ld's own options stay, also next to dropped ones.
    CHECK(drop_ignored_linker_args({"-Wl,-soname,libx.so.1", "-Wl,--gc-sections,-O1"}) ==
          V{"-Wl,-soname,libx.so.1", "-Wl,--gc-sections,-O1"});
    CHECK(drop_ignored_linker_args({"-Wl,-z,defs,--no-undefined,--max-memory=65536"}) ==
          V{"-Wl,-z,defs,--max-memory=65536"});
    // The whole command line goes through the filter.
    CHECK(analyze_arguments({"m.o", "-Wl,-rpath,/x", "-o", "m.wasm"}).forwarded ==
          V{"m.o", "-o", "m.wasm"});
}

TEST_CASE("linker options in a response file are dropped", "[driver]") {
    const std::string path = "/tmp/wasix-driver-test-ld-" + std::to_string(::getpid()) + ".rsp";
    { std::ofstream(path) << "-Wl,-rpath,/x m.o\n"; }
    CHECK(analyze_arguments({"@" + path, "-o", "m.wasm"}).forwarded ==
          std::vector<std::string>{"m.o", "-o", "m.wasm"});
    { std::ofstream(path) << "m.o\n"; }
    CHECK(analyze_arguments({"@" + path}).forwarded == std::vector<std::string>{"@" + path});
    std::remove(path.c_str());
}

TEST_CASE("asyncify optimises a link without -O", "[driver]") {
    CHECK(asyncify_opt_level(analyze_arguments({"x.o"})) == "-O2");
    CHECK(asyncify_opt_level(analyze_arguments({"-O0", "x.o"})).empty());
    CHECK(asyncify_opt_level(analyze_arguments({"-g", "x.o"})).empty());
    CHECK(asyncify_opt_level(analyze_arguments({"-g", "-O2", "x.o"})) == "-O2");
    CHECK(asyncify_opt_level(analyze_arguments({"-Os", "x.o"})) == "-Os");
    CHECK(asyncify_opt_level(analyze_arguments({"-O", "x.o"})) == "-O1");
    CHECK(asyncify_opt_level(analyze_arguments({"-Ofast", "x.o"})) == "-O3");
    const auto cmd = asyncify_command("wasm-opt", analyze_arguments({"x.o"}), "in.wasm", "out.tmp", false);
    CHECK(contains(cmd, "-O2"));
    CHECK(cmd[1] == "in.wasm");
    CHECK(cmd.back() == "out.tmp");
}
