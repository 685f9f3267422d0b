// <filesystem> (libc++ built with its filesystem library) on the scratch
// directory: current_path, create_directories, exists and file_size,
// copy_file, directory_iterator, canonical, remove of a file that is still
// open (gone at once on Linux), remove_all. Absolute paths
// differ between the two runs (the guest sees /scratch), so paths are
// compared, not recorded.
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "check.h"

namespace fs = std::filesystem;

int main(int argc, char **argv) {
    fs::path scratch = check_scratch(argc, argv);
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    RECORD("current_path.ec", "%s", check_errno_name(ec.value()));
    RECORD("current_path.absolute", "%s", cwd.is_absolute() ? "yes" : "no");

    fs::path p = scratch / "fs-test" / "sub";
    bool made = fs::create_directories(p, ec);
    RECORD("create_directories", "%s ec=%s", made ? "created" : "not created", check_errno_name(ec.value()));
    made = fs::create_directories(p, ec);
    RECORD("create_directories.again", "%s ec=%s", made ? "created" : "not created", check_errno_name(ec.value()));
    {
        std::ofstream o(p / "a.txt");
        o << "hello fstream\n";
    }
    RECORD("exists", "%d", (int)fs::exists(p / "a.txt"));
    RECORD("is_regular_file", "%d", (int)fs::is_regular_file(p / "a.txt"));
    RECORD("is_directory", "%d", (int)fs::is_directory(p));
    uintmax_t size = fs::file_size(p / "a.txt", ec);
    RECORD("file_size", "%ju ec=%s", size, check_errno_name(ec.value()));
    size = fs::file_size(p / "missing.txt", ec);
    RECORD("file_size.missing", "%s %s", size == static_cast<uintmax_t>(-1) ? "-1" : "other", check_errno_name(ec.value()));

    bool copied = fs::copy_file(p / "a.txt", p / "b.txt", fs::copy_options::overwrite_existing, ec);
    RECORD("copy_file", "%s ec=%s", copied ? "copied" : "not copied", check_errno_name(ec.value()));
    {
        std::ifstream i(p / "b.txt");
        std::string line;
        std::getline(i, line);
        RECORD("copy_file.content", "%s", line.c_str());
    }

    int n = 0;
    for (auto it = fs::directory_iterator(p, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) n++;
    RECORD("directory_iterator.entries", "%d ec=%s", n, check_errno_name(ec.value()));

    fs::path canon = fs::canonical(p / "." / "a.txt", ec);
    RECORD("canonical.ec", "%s", check_errno_name(ec.value()));
    fs::path expected = fs::canonical(p, ec) / "a.txt";
    RECORD("canonical.dot_removed", "%s", canon == expected ? "yes" : "no");

    fs::path open_file = scratch / "open.txt";
    {
        std::ofstream o(open_file);
        o << "still open\n";
    }
    {
        std::ifstream still_open(open_file);
        bool gone = fs::remove(open_file, ec);
        RECORD("remove.open_file", "%s ec=%s", gone ? "removed" : "not removed", check_errno_name(ec.value()));
        RECORD("remove.open_file.exists", "%d", (int)fs::exists(open_file));
    }
    RECORD("remove.open_file.exists_after_close", "%d", (int)fs::exists(open_file));

    uintmax_t removed = fs::remove_all(scratch / "fs-test", ec);
    RECORD("remove_all", "%ju ec=%s", removed, check_errno_name(ec.value()));
    RECORD("remove_all.exists", "%d", (int)fs::exists(scratch / "fs-test"));
    return check_done();
}
