// C++ guest for the driver tests: iostream, containers, std::thread and std::mutex.
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::mutex m;
    std::vector<std::string> seen;
    std::vector<std::thread> threads;
    for (int i = 0; i < 3; ++i)
        threads.emplace_back([&m, &seen, i] {
            std::lock_guard<std::mutex> guard(m);
            seen.push_back("t" + std::to_string(i));
        });
    for (auto& t : threads) t.join();
    std::cout << "cxx threads joined: " << seen.size() << std::endl;
    return seen.size() == 3 ? 0 : 1;
}
