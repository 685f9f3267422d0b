// cxx_async_atomic.cpp - std::async (launch::async on other threads,
// launch::deferred on the caller), std::future/shared_future, std::promise
// across threads, std::packaged_task, future::wait_for timing out; and
// std::atomic: fetch_add counters, a compare_exchange loop, atomic_flag as a
// spin lock, release/acquire message passing, 64-bit atomics, lock-freedom.
// EXPECT: async sum=500500
// EXPECT: deferred ran on caller: yes
// EXPECT: promise=42 packaged_task=7 shared_future readers=3
// EXPECT: future wait_for: timeout
// EXPECT: atomic add=80000 cas=80000 flag_counter=20000 u64=343597383760000
// EXPECT: message passing mismatches=0
// EXPECT: cxx_async_atomic: ok
#include <future>
#include <thread>
#include <atomic>
#include <vector>
#include <chrono>
#include <cstdint>
#include "check.h"

int main() {
    std::vector<std::future<long>> fs;
    auto caller = std::this_thread::get_id();
    std::atomic<int> on_other{0};
    for (int part = 0; part < 4; part++)
        fs.push_back(std::async(std::launch::async, [part, caller, &on_other] {
            if (std::this_thread::get_id() != caller) on_other++;
            long s = 0;
            for (int i = part * 250 + 1; i <= (part + 1) * 250; i++) s += i;
            return s;
        }));
    long total = 0;
    for (auto& f : fs) total += f.get();
    std::printf("async sum=%ld\n", total);
    CHECK_EQ(total, 500500); CHECK_EQ(on_other.load(), 4);

    auto d = std::async(std::launch::deferred, [] { return std::this_thread::get_id(); });
    std::printf("deferred ran on caller: %s\n", d.get() == caller ? "yes" : "no");

    std::promise<int> p;
    std::future<int> pf = p.get_future();
    std::thread([&p] { std::this_thread::sleep_for(std::chrono::milliseconds(5)); p.set_value(42); }).detach();
    int pv = pf.get();
    std::packaged_task<int(int, int)> task([](int a, int b) { return a + b; });
    auto tf = task.get_future();
    std::thread(std::move(task), 3, 4).join();
    int tv = tf.get();
    std::promise<int> sp;
    std::shared_future<int> sf = sp.get_future().share();
    std::atomic<int> readers{0};
    std::vector<std::thread> rs;
    for (int i = 0; i < 3; i++) rs.emplace_back([sf, &readers] { if (sf.get() == 9) readers++; });
    sp.set_value(9);
    for (auto& t : rs) t.join();
    std::printf("promise=%d packaged_task=%d shared_future readers=%d\n", pv, tv, readers.load());
    CHECK_EQ(pv, 42); CHECK_EQ(tv, 7); CHECK_EQ(readers.load(), 3);

    std::promise<void> never;
    auto nf = never.get_future();
    auto t0 = std::chrono::steady_clock::now();
    auto st = nf.wait_for(std::chrono::milliseconds(40));
    std::printf("future wait_for: %s\n", st == std::future_status::timeout ? "timeout" : "ready");
    CHECK(st == std::future_status::timeout);
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(38));
    never.set_value();

    std::atomic<int> add{0}, cas{0};
    std::atomic_flag flag = ATOMIC_FLAG_INIT;
    long flag_counter = 0;
    std::atomic<uint64_t> u64{0};
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++)
        ts.emplace_back([&] {
            for (int k = 0; k < 20000; k++) {
                add.fetch_add(1, std::memory_order_relaxed);
                int cur = cas.load();
                while (!cas.compare_exchange_weak(cur, cur + 1)) {}
                u64.fetch_add((uint64_t{1} << 32) | 1);   // carries across the 32-bit halves
                if (k < 5000) {
                    while (flag.test_and_set(std::memory_order_acquire)) {}
                    flag_counter++;
                    flag.clear(std::memory_order_release);
                }
            }
        });
    for (auto& t : ts) t.join();
    std::printf("atomic add=%d cas=%d flag_counter=%ld u64=%llu\n", add.load(), cas.load(), flag_counter, (unsigned long long)u64.load());
    CHECK(u64.load() == 80000 * ((uint64_t{1} << 32) | 1));
    CHECK_EQ(add.load(), 80000); CHECK_EQ(cas.load(), 80000); CHECK_EQ(flag_counter, 20000);
    CHECK(std::atomic<uint64_t>{}.is_lock_free());
    CHECK(std::atomic<int>::is_always_lock_free);

    // release/acquire: the reader that sees ready == i must see data == i.
    std::atomic<int> ready{0};
    int data = 0;
    int mismatches = 0;
    std::thread writer([&] {
        for (int i = 1; i <= 20000; i++) {
            while (ready.load(std::memory_order_acquire) != 0) {}
            data = i;
            ready.store(i, std::memory_order_release);
        }
    });
    for (int i = 1; i <= 20000; i++) {
        int r;
        while ((r = ready.load(std::memory_order_acquire)) == 0) {}
        if (data != r || r != i) mismatches++;
        ready.store(0, std::memory_order_release);
    }
    writer.join();
    std::printf("message passing mismatches=%d\n", mismatches);
    CHECK_EQ(mismatches, 0);
    return FINISH("cxx_async_atomic");
}
