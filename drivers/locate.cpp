#include "locate.hpp"

#include "diagnostics.hpp"

#include <climits>
#include <cstdlib>
#include <set>
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

std::string sdk_setting(const char* name, const char* what) {
    const std::string value = getenv_str(name);
    if (value.empty()) return value;
    // Announced once per process: a setting exported long ago and forgotten otherwise changes
    // the build silently.
    static std::set<std::string> announced;
    if (announced.insert(name).second)
        print_note(std::string(what) + " from " + name + "=" + value);
    return value;
}

int sdk_choice(const char* name, const char* what) {
    const std::string s = sdk_setting(name, what);
    if (s.empty()) return -1;
    if (s == "1" || s == "yes" || s == "on" || s == "true" || s == "ON" || s == "YES" || s == "TRUE") return 1;
    if (s == "0" || s == "no" || s == "off" || s == "false" || s == "OFF" || s == "NO" || s == "FALSE") return 0;
    return -1;
}

std::string find_sysroot(const std::string& bindir) {
    const std::string env = sdk_setting(kSysrootVar, "sysroot");
    if (!env.empty()) return real_path(env);
    return real_path(bindir + "/../share/wasix-sysroot");
}

std::string find_llvm_tool(const std::string& name, const std::string& llvm_bin) {
    if (!llvm_bin.empty()) {
        for (const std::string& cand : {name, name + "-19"})
            if (is_executable_file(llvm_bin + "/" + cand)) return llvm_bin + "/" + cand;
        return {};
    }
    std::string found = search_path(name + "-19", getenv_str("PATH"));
    if (found.empty() && is_executable_file("/usr/lib/llvm-19/bin/" + name))
        found = "/usr/lib/llvm-19/bin/" + name;
    return found;
}

Compiler find_compiler(std::string& error) {
    Compiler c;
    const std::string llvm_bin = sdk_setting(kLlvmBinVar, "clang and wasm-ld");
    c.clang = find_llvm_tool("clang", llvm_bin);
    if (c.clang.empty()) {
        error = llvm_bin.empty()
                    ? "clang-19 not found (install Debian's clang-19 and lld-19, or set " +
                          std::string(kLlvmBinVar) + " to a directory holding clang and wasm-ld)"
                    : std::string(kLlvmBinVar) + "=" + llvm_bin +
                          " has no executable clang or clang-19";
        return c;
    }
    c.linker = find_llvm_tool("wasm-ld", llvm_bin);
    if (c.linker.empty()) {
        error = llvm_bin.empty() ? "wasm-ld-19 not found (install Debian's lld-19)"
                                 : std::string(kLlvmBinVar) + "=" + llvm_bin +
                                       " has no executable wasm-ld or wasm-ld-19";
        c.clang.clear();
    }
    return c;
}

std::string find_wasm_opt(const std::string& bindir, bool exceptions) {
    const std::string env = sdk_setting(kWasmOptVar, "wasm-opt");
    if (!env.empty()) return env;
    const std::string bundled = bindir + "/" + kBundledWasmOpt;
    const bool have_bundled = !bindir.empty() && is_executable_file(bundled);
    if (exceptions) return have_bundled ? bundled : std::string();
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
