#include "frontend.hpp"

namespace wasixgen {

bool load_spec(const std::vector<std::string>& paths, const FileReader& read, Spec& spec, Diagnostics& diags) {
    if (!parse_files(paths, read, spec, diags)) return false;
    return resolve(spec, diags);
}

}  // namespace wasixgen
