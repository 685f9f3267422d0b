// cxx_fstream.cpp - <fstream> and <filesystem> (libc++ built with its
// filesystem library) on a directory under /tmp of the guest.
#include <fstream>
#include <filesystem>
#include <string>
#include <cstdio>
#include <thread>
namespace fs = std::filesystem;
int main() {
    std::error_code ec;
    auto cwd = fs::current_path(ec);
    std::printf("cwd=%s ec=%d\n", cwd.c_str(), ec.value());
    fs::path p = "/tmp/wasix-fs-test";
    fs::create_directories(p, ec); std::printf("mkdir ec=%d\n", ec.value());
    { std::ofstream o(p / "a.txt"); o << "hello fstream\n"; }
    std::ifstream i(p / "a.txt"); std::string line; std::getline(i, line);
    std::printf("read back: %s\n", line.c_str());
    std::printf("exists=%d size=%ju\n", (int)fs::exists(p / "a.txt"), (uintmax_t)fs::file_size(p / "a.txt", ec));
    fs::copy_file(p / "a.txt", p / "b.txt", fs::copy_options::overwrite_existing, ec); std::printf("copy ec=%d (%s)\n", ec.value(), ec.message().c_str());
    int n = 0; for (auto &e : fs::directory_iterator(p, ec)) { (void)e; n++; } std::printf("entries=%d\n", n);
    auto canon = fs::canonical(p / "." / "a.txt", ec); std::printf("canonical=%s ec=%d\n", canon.c_str(), ec.value());
    fs::remove_all(p, ec); std::printf("remove_all ec=%d exists=%d\n", ec.value(), (int)fs::exists(p));
    return line == "hello fstream" ? 0 : 1;
}
