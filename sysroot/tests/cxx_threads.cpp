// cxx_threads.cpp - std::thread, std::mutex, std::atomic, condition_variable
// producer/consumer, std::async, std::promise, thread_local.
#include <thread>
#include <mutex>
#include <condition_variable>
#include <future>
#include <atomic>
#include <vector>
#include <cstdio>
#include <string>
#include <queue>

thread_local int tl = 0;

// thread_local objects with destructors (libc++abi's __cxa_thread_atexit,
// which runs on pthread keys).
std::atomic<int> tl_destroyed{0};
struct Tracker {
    int touched = 0;
    ~Tracker() { tl_destroyed.fetch_add(1); }
};
thread_local Tracker tracker;

int main() {
    std::atomic<int> a{0};
    std::mutex m;
    long counter = 0;
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++) ts.emplace_back([&, i] { tl = i; for (int k = 0; k < 5000; k++) { a.fetch_add(1); std::lock_guard<std::mutex> g(m); counter++; } });
    for (auto &t : ts) t.join();
    std::printf("atomic=%d counter=%ld hw=%u\n", a.load(), counter, std::thread::hardware_concurrency());
    std::vector<std::thread> tt;
    for (int i = 0; i < 3; i++) tt.emplace_back([] { tracker.touched = 1; });
    for (auto &t : tt) t.join();
    std::printf("thread_local destructors=%d\n", tl_destroyed.load());

    std::queue<int> q; std::condition_variable cv; bool done = false; long sum = 0;
    std::thread consumer([&] { std::unique_lock<std::mutex> lk(m); for (;;) { cv.wait(lk, [&] { return !q.empty() || done; }); while (!q.empty()) { sum += q.front(); q.pop(); } if (done) break; } });
    for (int i = 1; i <= 100; i++) { { std::lock_guard<std::mutex> g(m); q.push(i); } cv.notify_one(); }
    { std::lock_guard<std::mutex> g(m); done = true; } cv.notify_one();
    consumer.join();
    std::printf("producer/consumer sum=%ld\n", sum);

    auto f = std::async(std::launch::async, [] { return std::string("from async ") + std::to_string(tl + 42); });
    std::printf("%s\n", f.get().c_str());
    std::promise<int> p; auto pf = p.get_future();
    std::thread([&p] { p.set_value(7); }).detach();
    std::printf("promise=%d\n", pf.get());
    return (a == 20000 && counter == 20000 && sum == 5050 && tl_destroyed == 3) ? 0 : 1;
}
