// std::async, std::future and friends: launch::async runs on other threads
// (4 parts of a sum), launch::deferred on the caller at get(); std::promise
// fulfilled from another (detached) thread, std::packaged_task, a
// std::shared_future read by 3 threads, future::wait_for timing out.
#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "check.h"

thread_local int tl = 0;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
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
    for (auto &f : fs) total += f.get();
    RECORD("async.sum", "%ld", total);
    RECORD("async.on_other_threads", "%d of 4", on_other.load());

    // a new thread's thread_local starts from its initialiser, whatever main set
    tl = 5;
    auto sf = std::async(std::launch::async, [] { return std::string("from async ") + std::to_string(tl + 42); });
    RECORD("async.string", "%s", sf.get().c_str());

    auto d = std::async(std::launch::deferred, [] { return std::this_thread::get_id(); });
    RECORD("deferred.ran_on_caller", "%s", d.get() == caller ? "yes" : "no");

    std::promise<int> p;
    std::future<int> pf = p.get_future();
    std::thread([&p] {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        p.set_value(42);
    }).detach();
    RECORD("promise.from_detached_thread", "%d", pf.get());

    std::promise<int> p7;
    auto pf7 = p7.get_future();
    std::thread([&p7] { p7.set_value(7); }).detach();
    RECORD("promise.immediate", "%d", pf7.get());

    std::packaged_task<int(int, int)> task([](int a, int b) { return a + b; });
    auto tf = task.get_future();
    std::thread(std::move(task), 3, 4).join();
    RECORD("packaged_task", "%d", tf.get());

    std::promise<int> sp;
    std::shared_future<int> shared = sp.get_future().share();
    std::atomic<int> readers{0};
    std::vector<std::thread> rs;
    for (int i = 0; i < 3; i++)
        rs.emplace_back([shared, &readers] {
            if (shared.get() == 9) readers++;
        });
    sp.set_value(9);
    for (auto &t : rs) t.join();
    RECORD("shared_future.readers", "%d", readers.load());

    std::promise<void> never;
    auto nf = never.get_future();
    auto t0 = std::chrono::steady_clock::now();
    auto st = nf.wait_for(std::chrono::milliseconds(40));
    auto waited = std::chrono::steady_clock::now() - t0;
    RECORD("wait_for.unfulfilled", "%s", st == std::future_status::timeout ? "timeout" : "ready");
    CHECK(waited >= std::chrono::milliseconds(38));
    CHECK(waited < std::chrono::seconds(20));
    never.set_value();
    RECORD("wait_for.fulfilled", "%s", nf.wait_for(std::chrono::seconds(0)) == std::future_status::ready ? "ready" : "timeout");
    return check_done();
}
