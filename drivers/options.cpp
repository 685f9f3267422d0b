#include "options.hpp"

#include "linker_args.hpp"
#include "response_file.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace wasix_driver {

namespace {

// Options whose value is the next argument when written separately (`-o out`, `-I dir`, …).
bool takes_separate_value(const std::string& arg) {
    static const std::array<const char*, 44> kSeparate = {
        "-o", "-I", "-D", "-U", "-L", "-l", "-x", "-include", "-imacros", "-isystem",
        "-idirafter", "-iquote", "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot",
        "-cxx-isystem", "-MF", "-MT", "-MQ", "-Xclang", "-Xlinker", "-Xassembler",
        "-Xpreprocessor", "-Xanalyzer", "-mllvm", "-target", "-arch", "-z", "-u", "-T", "-e",
        "--param", "-B", "-F", "--sysroot", "-working-directory", "-dependency-file",
        "-ivfsoverlay", "-include-pch", "-serialize-diagnostics", "-aux-target", "-rpath",
        "--output"};
    return std::find_if(kSeparate.begin(), kSeparate.end(),
                        [&](const char* s) { return arg == s; }) != kSeparate.end();
}

// Flags after which clang stops before the link step.
bool stops_before_link(const std::string& arg) {
    static const std::array<const char*, 10> kStops = {
        "-c", "-S", "-E", "-M", "-MM", "-fsyntax-only", "--precompile", "-emit-ast",
        "--analyze", "-fdriver-only"};
    return std::find_if(kStops.begin(), kStops.end(),
                        [&](const char* s) { return arg == s; }) != kStops.end();
}

bool starts_with(const std::string& s, const char* prefix) {
    return s.compare(0, std::strlen(prefix), prefix) == 0;
}

std::vector<std::string> split_commas(const std::string& s) {
    std::vector<std::string> parts;
    std::string cur;
    for (char c : s) {
        if (c == ',') {
            parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.push_back(cur);
    return parts;
}

// Looks at one argument handed to the linker (from -Wl, or -Xlinker).
void note_linker_arg(Options& o, const std::string& a) {
    if (a == "-shared" || a == "--shared") o.shared = true;
    if (a.find("max-memory") != std::string::npos) o.user_max_memory = true;
    if (a.find("stack-size") != std::string::npos) o.user_stack_size = true;
}

bool ends_with(const std::string& s, const char* suffix) {
    const std::size_t n = std::strlen(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Inputs clang only hands to the linker.
bool is_link_input(const std::string& a) {
    for (const char* ext : {".o", ".obj", ".a", ".lo", ".wasm", ".so"})
        if (ends_with(a, ext)) return true;
    return false;
}

bool is_driver_flag(const std::string& a) {
    return starts_with(a, "-fwasix-") || starts_with(a, "-fno-wasix-");
}

void analyze_one_list(Options& o, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_next = i + 1 < args.size();

        if (a == "-fwasix-asyncify") { o.asyncify = 1; continue; }
        if (a == "-fno-wasix-asyncify") { o.asyncify = 0; continue; }
        if (a == "-fwasix-sjlj") { o.sjlj_flag = 1; continue; }
        if (a == "-fno-wasix-sjlj") { o.sjlj_flag = 0; continue; }
        if (a == "-fwasix-stack-guard") { o.stack_guard = 1; continue; }
        if (a == "-fno-wasix-stack-guard") { o.stack_guard = 0; continue; }
        if (is_driver_flag(a)) {
            if (o.unknown_driver_flag.empty()) o.unknown_driver_flag = a;
            continue;
        }

        if (a == "-" || a.empty() || a[0] != '-') {
            o.has_inputs = true;
            if (!is_link_input(a)) o.has_sources = true;
            continue;
        }
        if (a == "-x" || starts_with(a, "-x")) o.has_sources = true;  // then taken as below
        if (a == "-shared" || a == "--shared") { o.shared = true; continue; }
        if (stops_before_link(a)) { o.stops_before_link = true; continue; }
        if (a == "-###") { o.print_only = true; continue; }
        if (a == "-v") { o.verbose = true; continue; }
        if (a == "--version") { o.version = true; continue; }
        if (a == "-print-sysroot" || a == "--print-sysroot") { o.print_sysroot = true; continue; }
        if (a == "-fexceptions" || a == "-fcxx-exceptions" || a == "-fwasm-exceptions") {
            o.exceptions_flag = 1;
            continue;
        }
        if (a == "-fPIC" || a == "-fpic") { o.pic_flag = 1; continue; }
        if (a == "-fno-PIC" || a == "-fno-pic") { o.pic_flag = 0; continue; }
        if (a == "-fno-exceptions" || a == "-fno-cxx-exceptions") {
            o.exceptions_flag = 0;
            continue;
        }
        if (a == "-mllvm" && has_next) {
            const std::string& v = args[++i];
            if (starts_with(v, "-wasm-enable-sjlj") || starts_with(v, "-enable-emscripten-sjlj"))
                o.user_sjlj = true;
            continue;
        }
        if (starts_with(a, "-g")) { o.debug_info = a != "-g0"; continue; }
        if (starts_with(a, "-O")) { o.opt_level = a; continue; }
        if (starts_with(a, "-Wl,")) {
            for (const std::string& part : split_commas(a.substr(4))) note_linker_arg(o, part);
            continue;
        }
        if (a == "-Xlinker" || a == "-z") {
            if (has_next) {
                note_linker_arg(o, args[i + 1]);
                ++i;
            }
            continue;
        }
        if (a == "-o" || a == "--output") {
            if (has_next) o.output = args[++i];
            continue;
        }
        // -lfoo / -l foo are linker inputs: clang links even without a file argument.
        if (a == "-l") {
            o.has_inputs = true;
            if (has_next) ++i;
            continue;
        }
        if (starts_with(a, "-l")) { o.has_inputs = true; continue; }
        if (starts_with(a, "--output=")) { o.output = a.substr(9); continue; }
        if (starts_with(a, "-o") && !starts_with(a, "-obj")) { o.output = a.substr(2); continue; }
        if (takes_separate_value(a)) {
            if (has_next) ++i;
            continue;
        }
    }
}

}  // namespace

Options analyze_arguments(const std::vector<std::string>& args) {
    Options o;
    // Analysis sees the contents of response files.
    analyze_one_list(o, expand_response_files(args));

    // Forwarding keeps response files as they are unless they hide driver-only flags or
    // linker options wasm-ld does not know (see linker_args.hpp).
    std::vector<std::string> forwarded;
    for (const std::string& a : args) {
        if (a.size() > 1 && a[0] == '@') {
            const std::vector<std::string> inner = expand_response_files({a});
            const bool hides_driver_flag =
                std::any_of(inner.begin(), inner.end(), is_driver_flag);
            if (!hides_driver_flag && drop_ignored_linker_args(inner) == inner) {
                forwarded.push_back(a);
                continue;
            }
            for (const std::string& b : inner)
                if (!is_driver_flag(b)) forwarded.push_back(b);
            continue;
        }
        if (is_driver_flag(a)) continue;
        forwarded.push_back(a);
    }
    o.forwarded = drop_ignored_linker_args(forwarded);
    return o;
}

}  // namespace wasix_driver
