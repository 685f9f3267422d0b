// <fstream> on the scratch directory: a line written with std::ofstream is
// read back with std::ifstream; appending keeps what was there; seekg and
// tellg agree with the file's size; a missing file does not open.
#include <fstream>
#include <string>

#include "check.h"

int main(int argc, char **argv) {
    std::string dir = check_scratch(argc, argv);
    std::string path = dir + "/a.txt";
    {
        std::ofstream o(path);
        RECORD("ofstream.open", "%s", o.is_open() ? "yes" : "no");
        o << "hello fstream\n";
        RECORD("ofstream.good", "%s", o.good() ? "yes" : "no");
    }
    std::string line;
    {
        std::ifstream i(path);
        RECORD("ifstream.open", "%s", i.is_open() ? "yes" : "no");
        std::getline(i, line);
        RECORD("read_back", "%s", line.c_str());
    }
    {
        std::ofstream o(path, std::ios::app);
        o << "second " << 42 << '\n';
    }
    {
        std::ifstream i(path, std::ios::binary);
        std::string first, second;
        std::getline(i, first);
        std::getline(i, second);
        RECORD("append.lines", "%s|%s", first.c_str(), second.c_str());
        i.clear();
        i.seekg(0, std::ios::end);
        RECORD("seekg_end.tellg", "%lld", (long long)i.tellg());
        i.seekg(6);
        std::string word;
        i >> word;
        RECORD("seekg_6.word", "%s", word.c_str());
    }
    std::ifstream missing(dir + "/missing.txt");
    RECORD("ifstream.missing.open", "%s", missing.is_open() ? "yes" : "no");
    return check_done();
}
