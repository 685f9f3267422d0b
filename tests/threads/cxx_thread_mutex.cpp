// cxx_thread_mutex.cpp - std::thread (arguments by value and by reference,
// move, joinable, get_id), std::mutex with lock_guard/unique_lock/scoped_lock,
// std::recursive_mutex, std::timed_mutex::try_lock_for timing out,
// std::shared_mutex (readers together), thread_local with a destructor.
// EXPECT: std::mutex counter=80000
// EXPECT: scoped_lock transfers=4000 total=2000
// EXPECT: timed_mutex try_lock_for: timed out
// EXPECT: shared readers together: 3
// EXPECT: thread_local destructors=4
// EXPECT: cxx_thread_mutex: ok
#include <thread>
#include <mutex>
#include <shared_mutex>
#include <atomic>
#include <vector>
#include <chrono>
#include <functional>
#include "check.h"

static std::atomic<int> tl_dtors{0};
struct Tracked { int v = 0; ~Tracked() { tl_dtors++; } };
thread_local Tracked tracked;

int main() {
    std::mutex m;
    long counter = 0;
    std::vector<std::thread> ts;
    std::vector<std::thread::id> ids(8);
    for (int i = 0; i < 8; i++)
        ts.emplace_back([&](int id, int n) {
            ids[id] = std::this_thread::get_id();
            for (int k = 0; k < n; k++) { std::lock_guard<std::mutex> g(m); counter++; }
        }, i, 10000);
    for (auto& t : ts) { CHECK(t.joinable()); t.join(); CHECK(!t.joinable()); }
    std::printf("std::mutex counter=%ld\n", counter);
    CHECK_EQ(counter, 80000);
    for (int i = 0; i < 8; i++) {
        CHECK(ids[i] != std::this_thread::get_id());
        for (int j = i + 1; j < 8; j++) CHECK(ids[i] != ids[j]);
    }

    // Two accounts moved between under std::scoped_lock (deadlock-free order).
    std::mutex ma, mb; long acc_a = 1000, acc_b = 1000; int transfers = 0;
    auto mover = [&](bool a_to_b) {
        for (int i = 0; i < 2000; i++) {
            std::scoped_lock lk(ma, mb);
            if (a_to_b) { acc_a--; acc_b++; } else { acc_b--; acc_a++; }
            transfers++;
        }
    };
    std::thread t1(mover, true), t2(mover, false);
    std::thread moved = std::move(t2);
    CHECK(!t2.joinable());
    t1.join(); moved.join();
    std::printf("scoped_lock transfers=%d total=%ld\n", transfers, acc_a + acc_b);
    CHECK_EQ(transfers, 4000); CHECK_EQ(acc_a + acc_b, 2000);

    std::recursive_mutex rm;
    std::function<int(int)> depth = [&](int n) -> int { std::lock_guard<std::recursive_mutex> g(rm); return n == 0 ? 0 : 1 + depth(n - 1); };
    CHECK_EQ(depth(5), 5);
    {
        std::unique_lock<std::recursive_mutex> lk(rm);
        bool other_got = true;
        std::thread([&] { other_got = rm.try_lock(); if (other_got) rm.unlock(); }).join();
        CHECK(!other_got);
    }

    std::timed_mutex tm;
    tm.lock();
    bool got = true;
    auto t0 = std::chrono::steady_clock::now();
    std::thread([&] { got = tm.try_lock_for(std::chrono::milliseconds(50)); if (got) tm.unlock(); }).join();
    auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    tm.unlock();
    std::printf("timed_mutex try_lock_for: %s\n", got ? "acquired?!" : "timed out");
    CHECK(!got); CHECK(waited >= 48);

    std::shared_mutex sm;
    std::atomic<int> inside{0}, max_inside{0};
    std::atomic<bool> release{false};
    std::vector<std::thread> rs;
    for (int i = 0; i < 3; i++)
        rs.emplace_back([&] {
            std::shared_lock<std::shared_mutex> lk(sm);
            int n = ++inside;
            int prev = max_inside.load();
            while (n > prev && !max_inside.compare_exchange_weak(prev, n)) {}
            while (!release.load()) std::this_thread::yield();
            --inside;
        });
    auto start = std::chrono::steady_clock::now();
    while (max_inside.load() < 3 && std::chrono::steady_clock::now() - start < std::chrono::seconds(20))
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(!sm.try_lock());              // writers excluded while readers hold it
    release = true;
    for (auto& t : rs) t.join();
    CHECK(sm.try_lock()); sm.unlock();
    std::printf("shared readers together: %d\n", max_inside.load());
    CHECK_EQ(max_inside.load(), 3);

    std::vector<std::thread> tt;
    for (int i = 0; i < 4; i++) tt.emplace_back([i] { tracked.v = i; });
    for (auto& t : tt) t.join();
    std::printf("thread_local destructors=%d\n", tl_dtors.load());
    CHECK_EQ(tl_dtors.load(), 4);
    return FINISH("cxx_thread_mutex");
}
