#include "file_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace wasixgen {

std::string write_file_atomically(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target(path);
    if (target.has_parent_path()) {
        fs::create_directories(target.parent_path(), ec);
        if (ec) return "cannot create directory '" + target.parent_path().string() + "': " + ec.message();
    }
    {
        std::ifstream existing(path, std::ios::binary);
        if (existing) {
            std::ostringstream ss;
            ss << existing.rdbuf();
            if (ss.str() == content) return "";
        }
    }
    std::string tmp = path + ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot write '" + tmp + "': " + std::strerror(errno);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            return "cannot write '" + tmp + "'";
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        std::remove(tmp.c_str());
        return "cannot rename '" + tmp + "' to '" + path + "': " + ec.message();
    }
    return "";
}

}  // namespace wasixgen
