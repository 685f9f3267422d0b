#include "process.hpp"

#include "diagnostics.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wasix_driver {

namespace {

std::vector<char*> to_c_argv(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    out.reserve(argv.size() + 1);
    for (const std::string& a : argv) out.push_back(const_cast<char*>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

void apply_path(const Command& cmd) {
    if (!cmd.path_env.empty()) ::setenv("PATH", cmd.path_env.c_str(), 1);
}

}  // namespace

int run_command(const Command& cmd) {
    std::fflush(stdout);
    std::fflush(stderr);
    // The child inherits our environment; set PATH around the spawn only.
    const char* old_path = std::getenv("PATH");
    const std::string saved = old_path ? old_path : "";
    apply_path(cmd);
    std::vector<char*> argv = to_c_argv(cmd.argv);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
    if (!cmd.path_env.empty()) {
        if (old_path) ::setenv("PATH", saved.c_str(), 1); else ::unsetenv("PATH");
    }
    if (rc != 0) {
        print_error("cannot run " + cmd.argv[0] + ": " + std::strerror(rc));
        return 127;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            print_error("waiting for " + cmd.argv[0] + " failed: " + std::strerror(errno));
            return 127;
        }
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

int exec_command(const Command& cmd) {
    std::fflush(stdout);
    std::fflush(stderr);
    apply_path(cmd);
    std::vector<char*> argv = to_c_argv(cmd.argv);
    ::execvp(argv[0], argv.data());
    print_error("cannot run " + cmd.argv[0] + ": " + std::strerror(errno));
    return 127;
}

std::string quote_for_display(const std::vector<std::string>& argv) {
    std::string out;
    for (const std::string& a : argv) {
        out += " \"";
        for (char c : a) {
            if (c == '"' || c == '\\' || c == '$') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out;
}

}  // namespace wasix_driver
