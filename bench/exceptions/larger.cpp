// larger.cpp [DIR] - the "larger program" of the size benchmark: a word count over the files
// of a directory with the usual parts of the standard library (filesystem, fstream,
// stringstream, regex, unordered_map, sort, async, to_string/stoi). Built with and without
// exceptions by run.sh; prints the 3 most frequent words and the total.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;

static std::unordered_map<std::string, int> count_file(const fs::path& p) {
    std::unordered_map<std::string, int> counts;
    std::ifstream in(p);
    std::string line;
    const std::regex word("[A-Za-z_][A-Za-z0-9_]*");
    while (std::getline(in, line)) {
        for (auto it = std::sregex_iterator(line.begin(), line.end(), word); it != std::sregex_iterator(); ++it)
            counts[it->str()]++;
    }
    return counts;
}

int main(int argc, char** argv) {
    const fs::path dir = argc > 1 ? argv[1] : ".";
    std::vector<std::future<std::unordered_map<std::string, int>>> parts;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file()) parts.push_back(std::async(std::launch::async, count_file, e.path()));
    std::map<std::string, int> total;
    for (auto& f : parts)
        for (const auto& [w, n] : f.get()) total[w] += n;
    std::vector<std::pair<std::string, int>> top(total.begin(), total.end());
    std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return a.second > b.second || (a.second == b.second && a.first < b.first); });
    std::ostringstream out;
    long sum = 0;
    for (const auto& [w, n] : top) sum += n;
    for (size_t i = 0; i < top.size() && i < 3; i++) out << top[i].first << '=' << top[i].second << ' ';
    std::cout << out.str() << "total=" << std::stoi(std::to_string(sum)) << std::endl;
    return 0;
}
