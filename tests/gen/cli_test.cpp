// The wasix-gen command: exit codes, diagnostics on stderr, and no output
// at all when the input is bad.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Run {
    int status;
    std::string err;
};

Run run(const std::string& args) {
    fs::path errf = fs::temp_directory_path() / ("wasixgen-cli-" + std::to_string(::getpid()) + ".err");
    std::string cmd = std::string(WASIX_GEN_EXE) + " " + args + " 2>" + errf.string() + " >/dev/null";
    int raw = std::system(cmd.c_str());
    std::ifstream in(errf);
    std::string err((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fs::remove(errf);
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, err};
}

fs::path scratch(const char* name) {
    fs::path d = fs::temp_directory_path() / ("wasixgen-cli-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

// Every "FILE" in `s` replaced by `file`.
std::string with_file(std::string s, const std::string& file) {
    for (std::size_t at = s.find("FILE"); at != std::string::npos; at = s.find("FILE", at + file.size()))
        s.replace(at, 4, file);
    return s;
}

const char kErrno[] = "(typename $errno (enum (@witx tag u16) $success $inval))\n";
const char kModule[] = "(module $m (@witx import_module wasm32 \"m\")\n";

}  // namespace

TEST_CASE("cli: malformed witx gives file:line:col and writes nothing", "[cli][diagnostics]") {
    fs::path d = scratch("bad");
    write(d / "bad.witx", "(typename $a u8)\n(typename $b (record (field $x $nope)))\n");
    Run r = run("--out " + (d / "out").string() + " " + (d / "bad.witx").string());
    CHECK(r.status == 1);
    CHECK(r.err == (d / "bad.witx").string() + ":2:32: error: unknown type '$nope'\n");
    CHECK_FALSE(fs::exists(d / "out"));
    fs::remove_all(d);
}

TEST_CASE("cli: a failed run leaves existing headers untouched", "[cli]") {
    fs::path d = scratch("keep");
    write(d / "good.witx", "(typename $a u8)\n");
    REQUIRE(run("--out " + (d / "out").string() + " " + (d / "good.witx").string()).status == 0);
    std::ifstream before_in(d / "out" / "abi" / "shared" / "types.hpp");
    std::string before((std::istreambuf_iterator<char>(before_in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(before.empty());
    write(d / "good.witx", "(typename $a u8\n");
    CHECK(run("--out " + (d / "out").string() + " " + (d / "good.witx").string()).status == 1);
    std::ifstream after_in(d / "out" / "abi" / "shared" / "types.hpp");
    std::string after((std::istreambuf_iterator<char>(after_in)), std::istreambuf_iterator<char>());
    CHECK(after == before);
    fs::remove_all(d);
}

TEST_CASE("cli: --verify notices a stale header", "[cli]") {
    fs::path d = scratch("verify");
    write(d / "s.witx", "(typename $a u8)\n");
    REQUIRE(run("--out " + (d / "out").string() + " " + (d / "s.witx").string()).status == 0);
    CHECK(run("--verify " + (d / "out").string() + " " + (d / "s.witx").string()).status == 0);
    write(d / "s.witx", "(typename $a u16)\n");
    Run r = run("--verify " + (d / "out").string() + " " + (d / "s.witx").string());
    CHECK(r.status == 1);
    CHECK(r.err.find("abi/shared/types.hpp is not what the spec generates") != std::string::npos);
    fs::remove_all(d);
}

TEST_CASE("cli: the files of an area the spec no longer has are stale: --verify fails, --out removes them",
          "[cli][areas]") {
    fs::path d = scratch("stale");
    const std::string out = (d / "out").string(), file = (d / "s.witx").string();
    const std::string head =
        "(typename $errno (enum (@witx tag u16) $success $inval))\n(module $m (@witx import_module wasm32 \"m\")\n";
    write(file, head + "(@witx area $net) (@interface func (export \"f\") (result $r (expected (error $errno)))))\n");
    REQUIRE(run("--out " + out + " " + file).status == 0);
    REQUIRE(fs::exists(fs::path(out) / "net.hpp"));
    write(fs::path(out) / "notes.txt", "a file of someone else's\n");
    write(file, head + "(@interface func (export \"f\") (result $r (expected (error $errno)))))\n");
    Run r = run("--verify " + out + " " + file);
    CHECK(r.status == 1);
    CHECK(r.err.find(out + "/net.hpp was generated but the spec no longer generates it") != std::string::npos);
    CHECK(r.err.find(out + "/abi/net/types.hpp was generated") != std::string::npos);
    CHECK(r.err.find("notes.txt") == std::string::npos);
    CHECK(run("--out " + out + " " + file).status == 0);
    CHECK_FALSE(fs::exists(fs::path(out) / "net.hpp"));
    CHECK_FALSE(fs::exists(fs::path(out) / "abi" / "net"));
    CHECK(fs::exists(fs::path(out) / "core.hpp"));
    CHECK(fs::exists(fs::path(out) / "notes.txt"));
    CHECK(run("--verify " + out + " " + file).status == 0);
    fs::remove_all(d);
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
    CHECK(run("").status == 2);
    CHECK(run("--frobnicate x.witx").status == 2);
    CHECK(run("--dump-layout wasm16 x.witx").status == 2);
    CHECK(run("--out").status == 2);
    Run missing = run("--check /nonexistent/x.witx");
    CHECK(missing.status == 1);
    CHECK(missing.err == "/nonexistent/x.witx:0:0: error: cannot read file\n");
}

// Each check the generator makes runs before any mode does its work, so
// --check, --dump-layout, --out and --verify reject the same specs with the
// same words. One spec per check that only the emitter used to make, and one
// the resolver always made.
TEST_CASE("cli: every mode rejects what --check rejects, with the same diagnostic", "[cli][diagnostics]") {
    struct Case {
        const char* check;
        std::string witx;
        std::string error;  // "FILE" stands for the witx file's path
    };
    const std::string e = kErrno, m = kModule;
    const Case cases[] = {
        {"unknown type", "(typename $a $nope)\n", "FILE:1:14: error: unknown type '$nope'"},
        {"typenames that meet in C++", "(typename $a-b u8)\n(typename $a_b u16)\n",
         "FILE:2:11: error: names 'a_b' and 'a-b' (at FILE:1:11) both become 'a_b_t' in C++"},
        {"enum cases that meet in C++", "(typename $e (enum (@witx tag u8) $x-y $x_y))\n",
         "FILE:1:40: error: cases 'x_y' and 'x-y' (at FILE:1:35) both become 'x_y' in C++"},
        {"record fields that meet in C++", "(typename $r (record (field $f.g u8) (field $f_g u8)))\n",
         "FILE:1:45: error: fields 'f_g' and 'f.g' (at FILE:1:29) both become 'f_g' in C++"},
        {"a name starting with '_'", "(typename $e (enum (@witx tag u8) $2big $_2big))\n",
         "FILE:1:41: error: '_2big' starts with '_', which the C++ naming rule reserves"},
        {"parameters that meet in C++", e + m + "(@interface func (export \"f\") (param $a-b u8) (param $a_b u8)))\n",
         "FILE:3:54: error: parameters 'a_b' and 'a-b' (at FILE:3:38) both become 'a_b' in C++"},
        {"a parameter named like a wrapper's local", e + m + "(@interface func (export \"f\") (param $err_ u8)))\n",
         "FILE:3:38: error: parameter name 'err_' is reserved for the wrappers' locals"},
        {"a function and a typename that meet in C++", e + m + "(@interface func (export \"errno_t\")))\n",
         "FILE:3:26: error: names 'errno_t' and 'errno' (at FILE:1:11) both become 'errno_t' in C++"},
        {"a function and a results struct that meet in C++",
         e + m + "(@interface func (export \"p\") (result $r (expected (tuple u8 u8) (error $errno))))\n"
                 "(@interface func (export \"p_results\")))\n",
         "FILE:4:26: error: names 'p_results' and the results struct of 'p' (at FILE:3:26) both become 'p_results' in "
         "C++"},
        {"named results that meet in C++",
         e + m + "(@interface func (export \"p\") (result $r (expected (tuple (field $a-b u8) (field $a_b u8)) (error "
                 "$errno)))))\n",
         "FILE:3:82: error: results 'a_b' and 'a-b' (at FILE:3:66) both become 'a_b' in C++"},
        {"a function in two modules of one memory model",
         "(module $a (@witx import_module wasm32 \"ma\") (@interface func (export \"f\")))\n"
         "(module $b (@witx import_module wasm32 \"mb\") (@interface func (export \"f\")))\n",
         "FILE:2:71: error: modules '$b' and '$a' (at FILE:1:71) both have function 'f' on wasm32; their wrappers "
         "would both be wasix::f"},
        {"an inline record as a field", "(typename $r (record (field $x (record (field $y u8)))))\n",
         "FILE:1:32: error: an inline record is only allowed as the definition of a typename; give it a typename"},
        {"an inline handle as a parameter", e + m + "(@interface func (export \"f\") (param $h (handle))))\n",
         "FILE:3:41: error: an inline handle is only allowed as the definition of a typename; give it a typename"},
        {"an inline enum as the error of a result",
         e + m + "(@interface func (export \"f\") (result $r (expected (error (enum (@witx tag u8) $a))))))\n",
         "FILE:3:59: error: an inline enum is only allowed as the definition of a typename; give it a typename"},
        {"two error types",
         e + "(typename $e2 (enum (@witx tag u8) $ok))\n" + m +
             "(@interface func (export \"a\") (result $r (expected (error $errno))))\n"
             "(@interface func (export \"b\") (result $r (expected (error $e2)))))\n",
         "FILE:5:59: error: every result must use the same error type ('$errno'), not '$e2'"},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.check) {
            fs::path d = scratch("parity");
            const std::string file = (d / "s.witx").string(), out = (d / "out").string();
            write(file, c.witx);
            const std::string expected = with_file(c.error, file) + "\n";

            Run check = run("--check " + file);
            CHECK(check.status == 1);
            CHECK(check.err == expected);

            Run emit = run("--out " + out + " " + file);
            CHECK(emit.status == check.status);
            CHECK(emit.err == check.err);
            CHECK_FALSE(fs::exists(out));

            Run dump = run("--dump-layout wasm64 " + file);
            CHECK(dump.status == check.status);
            CHECK(dump.err == check.err);
            fs::create_directories(out);
            Run verify = run("--verify " + out + " " + file);
            CHECK(verify.status == check.status);
            CHECK(verify.err == check.err);
            CHECK(fs::is_empty(out));
            fs::remove_all(d);
        }
    }
}

// The other half: what --check accepts, --out writes. Specs just short of
// the checks above.
TEST_CASE("cli: what --check accepts, --out writes", "[cli]") {
    const std::string e = kErrno, m = kModule;
    const std::pair<const char*, std::string> specs[] = {
        {"names that stay apart in C++", "(typename $a-b u8)\n(typename $a_c u16)\n(typename $e (enum (@witx tag u8) $2big $x-y))\n"},
        {"a single ok value (no results struct)",
         e + m + "(@interface func (export \"p\") (result $r (expected u8 (error $errno))))\n"
                 "(@interface func (export \"p_results\")))\n"},
        {"a function in two modules of different memory models",
         "(module $a (@witx import_module wasm32 \"ma\") (@interface func (export \"f\")))\n"
         "(module $b (@witx import_module wasm64 \"mb\") (@interface func (export \"f\")))\n"},
        {"inline types as typenames",
         "(typename $r (record (field $x $h)))\n(typename $h (handle))\n(typename $l (list $r))\n"},
        {"one error type, through an alias", e + "(typename $err $errno)\n" + m +
                                                 "(@interface func (export \"a\") (result $r (expected (error $err))))\n"
                                                 "(@interface func (export \"b\") (result $r (expected (error $err)))))\n"},
    };
    for (const auto& [what, witx] : specs) {
        DYNAMIC_SECTION(what) {
            fs::path d = scratch("accepted");
            const std::string file = (d / "s.witx").string(), out = (d / "out").string();
            write(file, witx);
            Run check = run("--check " + file);
            CHECK(check.status == 0);
            CHECK(check.err.empty());
            Run emit = run("--out " + out + " " + file);
            CHECK(emit.status == 0);
            CHECK(emit.err.empty());
            CHECK(fs::exists(fs::path(out) / "functions.hpp"));
            CHECK(run("--verify " + out + " " + file).status == 0);
            fs::remove_all(d);
        }
    }
}
