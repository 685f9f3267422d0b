// cxx_condvar.cpp - std::condition_variable: producer/consumer queue with
// predicate waits (2 producers, 2 consumers), notify_all releasing 5 waiters,
// wait_for/wait_until timing out (cv_status::timeout, predicate false), and
// std::condition_variable_any with a std::mutex.
// EXPECT: queue items=20000 sum=200010000
// EXPECT: notify_all woke 5
// EXPECT: wait_for: timeout
// EXPECT: cxx_condvar: ok
#include <condition_variable>
#include <mutex>
#include <thread>
#include <deque>
#include <vector>
#include <chrono>
#include "check.h"

int main() {
    std::mutex m;
    std::condition_variable not_empty, not_full;
    std::deque<int> q;
    int producers_left = 2;
    long long sum = 0; long items = 0;
    auto producer = [&](int base) {
        for (int i = 1; i <= 10000; i++) {
            std::unique_lock<std::mutex> lk(m);
            not_full.wait(lk, [&] { return q.size() < 16; });
            q.push_back(base + i);
            lk.unlock();
            not_empty.notify_one();
        }
        std::lock_guard<std::mutex> g(m);
        if (--producers_left == 0) not_empty.notify_all();
    };
    auto consumer = [&] {
        std::unique_lock<std::mutex> lk(m);
        for (;;) {
            not_empty.wait(lk, [&] { return !q.empty() || producers_left == 0; });
            if (q.empty()) return;
            sum += q.front(); q.pop_front(); items++;
            not_full.notify_one();
        }
    };
    std::thread c1(consumer), c2(consumer), p1(producer, 0), p2(producer, 10000);
    p1.join(); p2.join(); c1.join(); c2.join();
    std::printf("queue items=%ld sum=%lld\n", items, sum);
    CHECK_EQ(items, 20000); CHECK_EQ(sum, 20000LL * 20001 / 2);

    std::condition_variable gate;
    bool open = false; int waiting = 0, woke = 0;
    std::vector<std::thread> ws;
    for (int i = 0; i < 5; i++)
        ws.emplace_back([&] { std::unique_lock<std::mutex> lk(m); waiting++; gate.wait(lk, [&] { return open; }); woke++; });
    for (;;) { { std::lock_guard<std::mutex> g(m); if (waiting == 5) break; } std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
    { std::lock_guard<std::mutex> g(m); open = true; }
    gate.notify_all();
    for (auto& t : ws) t.join();
    std::printf("notify_all woke %d\n", woke);
    CHECK_EQ(woke, 5);

    std::condition_variable idle;
    std::unique_lock<std::mutex> lk(m);
    auto t0 = std::chrono::steady_clock::now();
    std::cv_status st = std::cv_status::no_timeout;
    while (st == std::cv_status::no_timeout && std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(50))
        st = idle.wait_for(lk, std::chrono::milliseconds(50) - (std::chrono::steady_clock::now() - t0));
    auto waited = std::chrono::steady_clock::now() - t0;
    std::printf("wait_for: %s\n", st == std::cv_status::timeout ? "timeout" : "no_timeout");
    CHECK(st == std::cv_status::timeout);
    CHECK(waited >= std::chrono::milliseconds(48));
    bool pred = idle.wait_until(lk, std::chrono::steady_clock::now() + std::chrono::milliseconds(20), [] { return false; });
    CHECK(!pred);
    lk.unlock();

    std::condition_variable_any any;
    bool ready = false;
    std::thread setter([&] { std::this_thread::sleep_for(std::chrono::milliseconds(10)); { std::lock_guard<std::mutex> g(m); ready = true; } any.notify_one(); });
    {
        std::unique_lock<std::mutex> l2(m);
        CHECK(any.wait_for(l2, std::chrono::seconds(20), [&] { return ready; }));
    }
    setter.join();
    return FINISH("cxx_condvar");
}
