// Source positions and error reporting for the witx front end.
#pragma once

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace wasixgen {

struct SourcePos {
    std::string file;
    int line = 0;
    int col = 0;
};

std::string to_string(const SourcePos& pos);

struct Diagnostic {
    SourcePos pos;
    std::string message;
    std::string str() const;  // "file:line:col: error: message"
};

// Collects errors. Stages report every error they can and keep going where
// the input still makes sense; a stage that cannot continue throws Abort.
class Diagnostics {
public:
    void error(const SourcePos& pos, std::string message);
    bool has_errors() const { return !errors_.empty(); }
    const std::vector<Diagnostic>& errors() const { return errors_; }
    void print(std::ostream& out) const;

    // Thrown to stop a stage after its error has been recorded.
    struct Abort : std::exception {
        const char* what() const noexcept override { return "witx: aborted after error"; }
    };
    [[noreturn]] void fatal(const SourcePos& pos, std::string message);

private:
    std::vector<Diagnostic> errors_;
};

}  // namespace wasixgen
