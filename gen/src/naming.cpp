#include "naming.hpp"

#include <algorithm>
#include <iterator>

namespace wasixgen {
namespace {

// C++20 keywords and alternative tokens, sorted for binary search.
const char* const kKeywords[] = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
    "char", "char16_t", "char32_t", "char8_t", "class", "co_await", "co_return", "co_yield", "compl", "concept",
    "const", "const_cast", "consteval", "constexpr", "constinit", "continue", "decltype", "default", "delete",
    "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
    "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
    "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq"};

// Lower-case names that C/C++/POSIX headers or compilers define as macros
// on common platforms, plus upper-case standard macros. Sorted.
const char* const kMacros[] = {
    "EOF", "NULL", "assert", "errno", "i386", "linux", "major", "makedev", "minor", "offsetof", "setjmp",
    "sigsetjmp", "stderr", "stdin", "stdout", "unix", "va_arg", "va_copy", "va_end", "va_start"};

bool in(const char* const* begin, const char* const* end, const std::string& s) {
    return std::binary_search(begin, end, s, [](const auto& a, const auto& b) {
        return std::string(a) < std::string(b);
    });
}

}  // namespace

std::string cpp_suffix(const std::string& witx) {
    std::string out = witx;
    std::replace(out.begin(), out.end(), '-', '_');
    std::replace(out.begin(), out.end(), '.', '_');
    return out;
}

bool needs_fix(const std::string& s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return true;
    return in(std::begin(kKeywords), std::end(kKeywords), s) || in(std::begin(kMacros), std::end(kMacros), s);
}

std::string cpp_name(const std::string& witx) {
    std::string s = cpp_suffix(witx);
    return needs_fix(s) ? "_" + s : s;
}

std::string cpp_type_name(const std::string& witx) { return cpp_name(witx + "_t"); }

}  // namespace wasixgen
