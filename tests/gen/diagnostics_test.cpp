#include "diagnostics.hpp"
#include <unistd.h>
#include "file_writer.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wasixgen;

TEST_CASE("diagnostics: file:line:col: error: message", "[diagnostics]") {
    Diagnostics d;
    d.error({"a/b.witx", 3, 7}, "something is wrong");
    d.error({"c.witx", 1, 1}, "and this");
    std::ostringstream out;
    d.print(out);
    CHECK(out.str() == "a/b.witx:3:7: error: something is wrong\nc.witx:1:1: error: and this\n");
    CHECK_THROWS_AS(d.fatal({"x", 1, 1}, "stop"), Diagnostics::Abort);
    CHECK(d.errors().size() == 3);
}

TEST_CASE("file writer: writes atomically and leaves no temporary", "[diagnostics]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("wasixgen-writer-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::string path = (dir / "sub" / "f.hpp").string();
    CHECK(write_file_atomically(path, "one\n") == "");
    CHECK(write_file_atomically(path, "two\n") == "");
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "two\n");
    int entries = 0;
    for (auto& e : fs::directory_iterator(dir / "sub")) entries += e.is_regular_file();
    CHECK(entries == 1);
    // A directory where the file should go: a clear error, nothing written.
    fs::create_directories(dir / "blocked");
    CHECK_FALSE(write_file_atomically((dir / "blocked").string(), "x").empty());
    fs::remove_all(dir);
}
