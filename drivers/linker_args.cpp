#include "linker_args.hpp"

#include <cstring>
#include <initializer_list>

namespace wasix_driver {

namespace {

bool one_of(const std::string& s, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (s == n) return true;
    return false;
}

bool has_prefix(const std::string& s, const char* prefix) {
    return s.compare(0, std::strlen(prefix), prefix) == 0;
}

// Ignored options that take a value (as the next argument, or after `=`).
const char* const kWithValue[] = {"-rpath",           "--rpath",        "-rpath-link",
                                  "--rpath-link",     "--version-script", "--dynamic-list",
                                  "-h"};

bool takes_value(const std::string& s) {
    for (const char* n : kWithValue)
        if (s == n) return true;
    return false;
}

bool ignored_flag(const std::string& s) {
    return one_of(s, {"--as-needed", "--no-as-needed", "--no-undefined", "--start-group",
                      "--end-group", "-(", "-)", "--enable-new-dtags", "--disable-new-dtags",
                      "--allow-shlib-undefined", "--no-allow-shlib-undefined",
                      "--warn-common"}) ||
           has_prefix(s, "--hash-style=");
}

bool ignored_with_inline_value(const std::string& s) {
    for (const char* n : kWithValue) {
        const std::string with_eq = std::string(n) + "=";
        if (has_prefix(s, with_eq.c_str())) return true;
    }
    return false;
}

std::string join_commas(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
    return out;
}

}  // namespace

bool LinkerArgFilter::drops(const std::string& item) {
    if (drop_value_) {
        drop_value_ = false;
        return true;
    }
    if (takes_value(item)) {
        drop_value_ = true;
        return true;
    }
    return ignored_flag(item) || ignored_with_inline_value(item);
}

std::vector<std::string> drop_ignored_linker_args(const std::vector<std::string>& args) {
    std::vector<std::string> out;
    LinkerArgFilter filter;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (has_prefix(a, "-Wl,")) {
            std::vector<std::string> kept;
            std::string part;
            const std::string list = a.substr(4) + ",";
            for (char c : list) {
                if (c != ',') {
                    part += c;
                    continue;
                }
                if (!filter.drops(part)) kept.push_back(part);
                part.clear();
            }
            if (!kept.empty()) out.push_back("-Wl," + join_commas(kept));
            continue;
        }
        if (a == "-Xlinker" && i + 1 < args.size()) {
            if (!filter.drops(args[i + 1])) {
                out.push_back(a);
                out.push_back(args[i + 1]);
            }
            ++i;
            continue;
        }
        // clang's own -rpath DIR, which it hands to the linker.
        if (a == "-rpath" && i + 1 < args.size()) {
            ++i;
            continue;
        }
        out.push_back(a);
    }
    return out;
}

}  // namespace wasix_driver
