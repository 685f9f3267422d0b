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
    std::ifstream before_in(d / "out" / "abi" / "common.hpp");
    std::string before((std::istreambuf_iterator<char>(before_in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(before.empty());
    write(d / "good.witx", "(typename $a u8\n");
    CHECK(run("--out " + (d / "out").string() + " " + (d / "good.witx").string()).status == 1);
    std::ifstream after_in(d / "out" / "abi" / "common.hpp");
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
    CHECK(r.err.find("abi/common.hpp is not what the spec generates") != std::string::npos);
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
