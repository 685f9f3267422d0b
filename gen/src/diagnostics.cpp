#include "diagnostics.hpp"

namespace wasixgen {

std::string to_string(const SourcePos& pos) {
    return pos.file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

std::string Diagnostic::str() const { return to_string(pos) + ": error: " + message; }

void Diagnostics::error(const SourcePos& pos, std::string message) {
    errors_.push_back({pos, std::move(message)});
}

void Diagnostics::fatal(const SourcePos& pos, std::string message) {
    error(pos, std::move(message));
    throw Abort{};
}

void Diagnostics::print(std::ostream& out) const {
    for (const auto& d : errors_) out << d.str() << '\n';
}

}  // namespace wasixgen
