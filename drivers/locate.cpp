#include "locate.hpp"

#include <climits>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace wasix_driver {

namespace {

std::string getenv_str(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

std::string dirname_of(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string real_path(const std::string& path) {
    char buf[PATH_MAX];
    if (::realpath(path.c_str(), buf) == nullptr) return path;
    return std::string(buf);
}

std::vector<std::string> split_path_list(const std::string& list) {
    std::vector<std::string> dirs;
    std::string cur;
    for (char c : list) {
        if (c == ':') {
            dirs.push_back(cur.empty() ? "." : cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    dirs.push_back(cur.empty() ? "." : cur);
    return dirs;
}

}  // namespace

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_executable_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           ::access(path.c_str(), X_OK) == 0;
}

std::string search_path(const std::string& name, const std::string& path_list) {
    for (const std::string& dir : split_path_list(path_list)) {
        const std::string candidate = dir + "/" + name;
        if (is_executable_file(candidate)) return candidate;
    }
    return {};
}

std::string self_directory(const char* argv0) {
    char buf[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = '\0';
        return dirname_of(buf);
    }
    // No /proc: resolve argv[0] ourselves.
    std::string arg0 = argv0 ? argv0 : "";
    if (arg0.find('/') == std::string::npos) arg0 = search_path(arg0, getenv_str("PATH"));
    if (arg0.empty()) return {};
    return dirname_of(real_path(arg0));
}

std::string find_sysroot(const std::string& bindir) {
    const std::string env = getenv_str("WASIX_SYSROOT");
    if (!env.empty()) return real_path(env);
    return real_path(bindir + "/../share/wasix-sysroot");
}

Compiler find_compiler(std::string& error) {
    Compiler c;
    const std::string sdk = getenv_str("WASI_SDK_PATH");
    if (!sdk.empty()) {
        c.clang = sdk + "/bin/clang";
        c.from_wasi_sdk = true;
        if (!is_executable_file(c.clang)) {
            error = "WASI_SDK_PATH is set but " + c.clang + " is not an executable";
            c.clang.clear();
            return c;
        }
        const std::string ld = sdk + "/bin/wasm-ld";
        if (is_executable_file(ld)) c.linker = ld;
        return c;
    }
    const std::string path = getenv_str("PATH");
    c.clang = search_path("clang-19", path);
    if (c.clang.empty() && is_executable_file("/usr/lib/llvm-19/bin/clang"))
        c.clang = "/usr/lib/llvm-19/bin/clang";
    if (c.clang.empty()) {
        error = "clang-19 not found (install clang-19 and lld-19, or set WASI_SDK_PATH)";
        return c;
    }
    c.linker = search_path("wasm-ld-19", path);
    if (c.linker.empty() && is_executable_file("/usr/lib/llvm-19/bin/wasm-ld"))
        c.linker = "/usr/lib/llvm-19/bin/wasm-ld";
    if (c.linker.empty()) {
        error = "wasm-ld-19 not found (install lld-19, or set WASI_SDK_PATH)";
        c.clang.clear();
    }
    return c;
}

std::string find_wasm_opt(const std::string& bindir, bool exceptions) {
    const std::string env = getenv_str("WASIX_WASM_OPT");
    if (!env.empty()) return env;
    const std::string bundled = bindir + "/" + kBundledWasmOpt;
    const bool have_bundled = !bindir.empty() && is_executable_file(bundled);
    if (exceptions) return have_bundled ? bundled : std::string();
    const std::string sdk = getenv_str("WASI_SDK_PATH");
    if (!sdk.empty() && is_executable_file(sdk + "/bin/wasm-opt")) return sdk + "/bin/wasm-opt";
    const std::string native = search_path("wasm-opt", getenv_str("PATH"));
    if (!native.empty()) return native;
    return have_bundled ? bundled : std::string();
}

std::string path_without_wasm_opt() {
    std::string out;
    for (const std::string& dir : split_path_list(getenv_str("PATH"))) {
        if (is_executable_file(dir + "/wasm-opt")) continue;
        if (!out.empty()) out += ':';
        out += dir;
    }
    // An empty PATH would make execvp fall back to a default search list; a directory that
    // does not exist keeps the search empty instead.
    return out.empty() ? std::string("/nonexistent") : out;
}

}  // namespace wasix_driver
