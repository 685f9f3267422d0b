// std::atomic across threads: fetch_add counters, a compare_exchange loop,
// atomic_flag as a spin lock, 64-bit fetch_add carrying across the 32-bit
// halves, lock-freedom, and release/acquire message passing (a reader that
// sees ready == i sees the data written before it).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#include "check.h"

// Waits are bounded: a broken atomic shows as a difference, not a timeout.
template <class Pred>
static bool spin_until(Pred pred) {
    auto start = std::chrono::steady_clock::now();
    for (long i = 0;; i++) {
        if (pred()) return true;
        if ((i & 1023) == 1023) {
            if (std::chrono::steady_clock::now() - start > std::chrono::seconds(30)) return false;
            std::this_thread::yield();
        }
    }
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    std::atomic<int> add{0}, cas{0};
    std::atomic_flag flag = ATOMIC_FLAG_INIT;
    long flag_counter = 0;
    std::atomic<uint64_t> u64{0};
    std::atomic<int> stuck{0};
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++)
        ts.emplace_back([&] {
            for (int k = 0; k < 20000; k++) {
                add.fetch_add(1, std::memory_order_relaxed);
                int cur = cas.load();
                while (!cas.compare_exchange_weak(cur, cur + 1)) {
                }
                u64.fetch_add((uint64_t{1} << 32) | 1);
                if (k < 5000) {
                    if (!spin_until([&] { return !flag.test_and_set(std::memory_order_acquire); })) {
                        stuck++;
                        continue;
                    }
                    flag_counter++;
                    flag.clear(std::memory_order_release);
                }
            }
        });
    for (auto &t : ts) t.join();
    RECORD("fetch_add", "%d", add.load());
    RECORD("compare_exchange", "%d", cas.load());
    RECORD("atomic_flag.counter", "%ld", flag_counter);
    RECORD("atomic_flag.stuck", "%d", stuck.load());
    stuck = 0;
    RECORD("u64.fetch_add", "%llu", (unsigned long long)u64.load());
    CHECK(u64.load() == 80000 * ((uint64_t{1} << 32) | 1));
    RECORD("u64.is_lock_free", "%s", std::atomic<uint64_t>{}.is_lock_free() ? "yes" : "no");
    RECORD("int.is_always_lock_free", "%s", std::atomic<int>::is_always_lock_free ? "yes" : "no");

    std::atomic<int> ready{0};
    int data = 0;
    int mismatches = 0;
    std::thread writer([&] {
        for (int i = 1; i <= 20000; i++) {
            if (!spin_until([&] { return ready.load(std::memory_order_acquire) == 0; })) {
                stuck++;
                return;
            }
            data = i;
            ready.store(i, std::memory_order_release);
        }
    });
    for (int i = 1; i <= 20000; i++) {
        int r = 0;
        if (!spin_until([&] { return (r = ready.load(std::memory_order_acquire)) != 0; })) {
            stuck++;
            break;
        }
        if (data != r || r != i) mismatches++;
        ready.store(0, std::memory_order_release);
    }
    writer.join();
    RECORD("message_passing.mismatches", "%d", mismatches);
    RECORD("message_passing.stuck", "%d", stuck.load());
    return check_done();
}
