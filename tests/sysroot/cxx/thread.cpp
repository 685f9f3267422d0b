// std::thread and the libc++ mutexes: arguments by value and by reference,
// move, joinable, get_id; std::mutex with lock_guard (8 threads x 10000
// increments, and 4 x 5000 next to an atomic), std::scoped_lock over two
// mutexes, std::recursive_mutex nesting, std::timed_mutex::try_lock_for
// timing out, std::shared_mutex with readers together and writers excluded,
// thread_local objects whose destructors run when their thread ends (libc++abi
// __cxa_thread_atexit over pthread keys), hardware_concurrency agreeing with
// sysconf.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <vector>

#include "check.h"

static std::atomic<int> tl_dtors{0};
struct Tracked {
    int v = 0;
    ~Tracked() { tl_dtors++; }
};
thread_local Tracked tracked;
thread_local int tl_plain = 0;

using ms = std::chrono::milliseconds;

int main(int argc, char **argv) {
    check_scratch(argc, argv);

    std::mutex m;
    long counter = 0;
    std::vector<std::thread> ts;
    std::vector<std::thread::id> ids(8);
    for (int i = 0; i < 8; i++)
        ts.emplace_back(
            [&](int id, int n) {
                ids[id] = std::this_thread::get_id();
                for (int k = 0; k < n; k++) {
                    std::lock_guard<std::mutex> g(m);
                    counter++;
                }
            },
            i, 10000);
    int joinable_before = 0, joinable_after = 0;
    for (auto &t : ts) {
        joinable_before += t.joinable();
        t.join();
        joinable_after += t.joinable();
    }
    RECORD("mutex.counter", "%ld", counter);
    RECORD("thread.joinable.before_join", "%d", joinable_before);
    RECORD("thread.joinable.after_join", "%d", joinable_after);
    bool ids_distinct = true;
    for (int i = 0; i < 8; i++) {
        if (ids[i] == std::this_thread::get_id()) ids_distinct = false;
        for (int j = i + 1; j < 8; j++)
            if (ids[i] == ids[j]) ids_distinct = false;
    }
    RECORD("thread.ids_distinct", "%s", ids_distinct ? "yes" : "no");

    // an atomic and a locked counter side by side; each thread's
    // thread_local int starts at 0 and is its own
    std::atomic<int> a{0};
    long locked = 0;
    std::atomic<int> tl_own{0};
    ts.clear();
    for (int i = 0; i < 4; i++)
        ts.emplace_back([&, i] {
            if (tl_plain == 0) tl_plain = i + 1;
            for (int k = 0; k < 5000; k++) {
                a.fetch_add(1);
                std::lock_guard<std::mutex> g(m);
                locked++;
            }
            if (tl_plain == i + 1) tl_own++;
        });
    for (auto &t : ts) t.join();
    RECORD("atomic_and_mutex.atomic", "%d", a.load());
    RECORD("atomic_and_mutex.locked", "%ld", locked);
    RECORD("thread_local.int.own", "%d of 4", tl_own.load());
    RECORD("thread_local.int.main", "%d", tl_plain);

    // two accounts moved between under std::scoped_lock (deadlock-free order)
    std::mutex ma, mb;
    long acc_a = 1000, acc_b = 1000;
    int transfers = 0;
    auto mover = [&](bool a_to_b) {
        for (int i = 0; i < 2000; i++) {
            std::scoped_lock lk(ma, mb);
            if (a_to_b) {
                acc_a--;
                acc_b++;
            } else {
                acc_b--;
                acc_a++;
            }
            transfers++;
        }
    };
    std::thread t1(mover, true), t2(mover, false);
    std::thread moved = std::move(t2);
    RECORD("thread.moved_from.joinable", "%s", t2.joinable() ? "yes" : "no");
    t1.join();
    moved.join();
    RECORD("scoped_lock.transfers", "%d", transfers);
    RECORD("scoped_lock.total", "%ld", acc_a + acc_b);

    std::recursive_mutex rm;
    std::function<int(int)> depth = [&](int n) -> int {
        std::lock_guard<std::recursive_mutex> g(rm);
        return n == 0 ? 0 : 1 + depth(n - 1);
    };
    RECORD("recursive_mutex.depth", "%d", depth(5));
    {
        std::unique_lock<std::recursive_mutex> lk(rm);
        bool other_got = true;
        std::thread([&] {
            other_got = rm.try_lock();
            if (other_got) rm.unlock();
        }).join();
        RECORD("recursive_mutex.try_lock.other", "%s", other_got ? "acquired" : "busy");
    }

    std::timed_mutex tm;
    tm.lock();
    bool got = true;
    auto t0 = std::chrono::steady_clock::now();
    std::thread([&] {
        got = tm.try_lock_for(ms(50));
        if (got) tm.unlock();
    }).join();
    auto waited = std::chrono::duration_cast<ms>(std::chrono::steady_clock::now() - t0).count();
    tm.unlock();
    RECORD("timed_mutex.try_lock_for.held", "%s", got ? "acquired" : "timed out");
    CHECK(waited >= 48);
    CHECK(waited < 20000);

    std::shared_mutex sm;
    std::atomic<int> inside{0}, max_inside{0};
    std::atomic<bool> release{false};
    std::vector<std::thread> rs;
    for (int i = 0; i < 3; i++)
        rs.emplace_back([&] {
            std::shared_lock<std::shared_mutex> lk(sm);
            int n = ++inside;
            int prev = max_inside.load();
            while (n > prev && !max_inside.compare_exchange_weak(prev, n)) {
            }
            auto start = std::chrono::steady_clock::now();
            while (!release.load() && std::chrono::steady_clock::now() - start < std::chrono::seconds(30))
                std::this_thread::yield();
            --inside;
        });
    auto start = std::chrono::steady_clock::now();
    while (max_inside.load() < 3 && std::chrono::steady_clock::now() - start < std::chrono::seconds(20))
        std::this_thread::sleep_for(ms(1));
    bool writer_got = sm.try_lock();
    if (writer_got) sm.unlock();
    RECORD("shared_mutex.try_lock.readers", "%s", writer_got ? "acquired" : "busy");
    release = true;
    for (auto &t : rs) t.join();
    writer_got = sm.try_lock();
    if (writer_got) sm.unlock();
    RECORD("shared_mutex.try_lock.free", "%s", writer_got ? "acquired" : "busy");
    RECORD("shared_mutex.readers_together", "%d", max_inside.load());

    std::vector<std::thread> tt;
    for (int i = 0; i < 4; i++) tt.emplace_back([i] { tracked.v = i; });
    for (auto &t : tt) t.join();
    RECORD("thread_local.destructors.4_threads", "%d", tl_dtors.load());
    tt.clear();
    for (int i = 0; i < 3; i++) tt.emplace_back([] { tracked.v = 1; });
    for (auto &t : tt) t.join();
    RECORD("thread_local.destructors.3_more", "%d", tl_dtors.load() - 4);

    long onln = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned hw = std::thread::hardware_concurrency();
    unsigned hw_thread = 0;
    std::thread([&] { hw_thread = std::thread::hardware_concurrency(); }).join();
    RECORD("hardware_concurrency.at_least_1", "%s", hw >= 1 ? "yes" : "no");
    RECORD("hardware_concurrency", "%u", hw);
    RECORD("hardware_concurrency.is_nprocessors_onln", "%s", (long)hw == onln ? "yes" : "no");
    RECORD("hardware_concurrency.thread_agrees", "%s", hw_thread == hw ? "yes" : "no");
    return check_done();
}
