// std::condition_variable: a producer/consumer queue with predicate waits
// (2 producers, 2 consumers, 20000 items), a single consumer draining 1..100,
// notify_all releasing 5 waiters, wait_for and wait_until timing out
// (cv_status::timeout, predicate false), and std::condition_variable_any
// with a std::mutex.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

#include "check.h"

using ms = std::chrono::milliseconds;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    std::mutex m;
    std::condition_variable not_empty, not_full;
    std::deque<int> q;
    int producers_left = 2;
    long long sum = 0;
    long items = 0;
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
            sum += q.front();
            q.pop_front();
            items++;
            not_full.notify_one();
        }
    };
    std::thread c1(consumer), c2(consumer), p1(producer, 0), p2(producer, 10000);
    p1.join();
    p2.join();
    c1.join();
    c2.join();
    RECORD("queue.items", "%ld", items);
    RECORD("queue.sum", "%lld", sum);

    std::queue<int> q2;
    std::condition_variable cv;
    bool done = false;
    long sum2 = 0;
    std::thread drain([&] {
        std::unique_lock<std::mutex> lk(m);
        for (;;) {
            cv.wait(lk, [&] { return !q2.empty() || done; });
            while (!q2.empty()) {
                sum2 += q2.front();
                q2.pop();
            }
            if (done) break;
        }
    });
    for (int i = 1; i <= 100; i++) {
        {
            std::lock_guard<std::mutex> g(m);
            q2.push(i);
        }
        cv.notify_one();
    }
    {
        std::lock_guard<std::mutex> g(m);
        done = true;
    }
    cv.notify_one();
    drain.join();
    RECORD("drain.sum", "%ld", sum2);

    std::condition_variable gate;
    bool open = false;
    int waiting = 0, woke = 0;
    std::vector<std::thread> ws;
    for (int i = 0; i < 5; i++)
        ws.emplace_back([&] {
            std::unique_lock<std::mutex> lk(m);
            waiting++;
            gate.wait(lk, [&] { return open; });
            woke++;
        });
    auto start = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::lock_guard<std::mutex> g(m);
            if (waiting == 5) break;
        }
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(20)) break;
        std::this_thread::sleep_for(ms(1));
    }
    {
        std::lock_guard<std::mutex> g(m);
        open = true;
    }
    gate.notify_all();
    for (auto &t : ws) t.join();
    RECORD("notify_all.woke", "%d of 5", woke);

    std::condition_variable idle;
    std::unique_lock<std::mutex> lk(m);
    auto t0 = std::chrono::steady_clock::now();
    std::cv_status st = std::cv_status::no_timeout;
    // spurious wake-ups: wait again for what is left of the 50 ms
    for (int i = 0; i < 1000 && st == std::cv_status::no_timeout && std::chrono::steady_clock::now() - t0 < ms(50); i++)
        st = idle.wait_for(lk, ms(50) - (std::chrono::steady_clock::now() - t0));
    auto waited = std::chrono::steady_clock::now() - t0;
    RECORD("wait_for.nobody", "%s", st == std::cv_status::timeout ? "timeout" : "no_timeout");
    CHECK(waited >= ms(48));
    CHECK(waited < std::chrono::seconds(20));
    bool pred = idle.wait_until(lk, std::chrono::steady_clock::now() + ms(20), [] { return false; });
    RECORD("wait_until.predicate_false", "%s", pred ? "true" : "false");
    lk.unlock();

    std::condition_variable_any any;
    bool ready = false;
    std::thread setter([&] {
        std::this_thread::sleep_for(ms(10));
        {
            std::lock_guard<std::mutex> g(m);
            ready = true;
        }
        any.notify_one();
    });
    bool got;
    {
        std::unique_lock<std::mutex> l2(m);
        got = any.wait_for(l2, std::chrono::seconds(20), [&] { return ready; });
    }
    setter.join();
    RECORD("condition_variable_any.wait_for", "%s", got ? "notified" : "timed out");
    return check_done();
}
