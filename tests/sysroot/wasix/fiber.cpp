// <wasix/fiber.hpp>: green threads over <ucontext.h>, built natively (glibc's
// ucontext) and for WASIX (the runtime's contexts) and compared. Three fibers
// pass a token round 1000 times each (3000 switches there and 3000 back);
// a fiber resumes another (nested: yield goes back to the resumer); locals
// and a C stack array survive switches; a fiber that ends reports done and
// cannot be resumed again; current() inside and outside.
#include <string.h>

#include <string>

#include <wasix/fiber.hpp>

#include "check.h"

static int token_trace_ok = 1;

int main(int argc, char** argv) {
    check_scratch(argc, argv);

    // Three fibers, round robin, 1000 rounds.
    int token = 0;
    long sums[3] = {0, 0, 0};
    auto make = [&](int id) {
        return [&, id] {
            char frame[256];  // on the fiber's own C stack
            memset(frame, 'a' + id, sizeof frame);
            for (int round = 0; round < 1000; ++round) {
                if (token % 3 != id) token_trace_ok = 0;
                sums[id] += token;
                ++token;
                wasix::fiber::yield();
                if (frame[0] != 'a' + id || frame[255] != 'a' + id) token_trace_ok = 0;
            }
        };
    };
    wasix::fiber a(make(0)), b(make(1)), c(make(2));
    RECORD("make.errors", "%d %d %d", a.error(), b.error(), c.error());
    int resumed = 0;
    for (;;) {
        bool any = false;
        for (wasix::fiber* f : {&a, &b, &c}) {
            if (f->resume()) {
                any = true;
                ++resumed;
            }
        }
        if (!any) break;
    }
    RECORD("round_robin.resumes", "%d", resumed);
    RECORD("round_robin.token", "%d", token);
    RECORD("round_robin.sums", "%ld %ld %ld", sums[0], sums[1], sums[2]);
    RECORD("round_robin.order_and_frames", "%d", token_trace_ok);
    RECORD("round_robin.done", "%d %d %d", a.done(), b.done(), c.done());
    RECORD("resume.after_end", "%d", a.resume());

    // Nested: the outer fiber resumes the inner one; the inner's yield comes
    // back to the outer, the outer's to main.
    std::string trace;
    wasix::fiber inner([&] {
        trace += "i1 ";
        wasix::fiber::yield();
        trace += "i2 ";
    });
    wasix::fiber outer([&] {
        trace += "o1 ";
        inner.resume();
        trace += "o2 ";
        wasix::fiber::yield();
        trace += wasix::fiber::current() != nullptr ? "o3(in) " : "o3(out) ";
        inner.resume();
        trace += "o4";
    });
    trace += "m1 ";
    const bool first = outer.resume();
    trace += "m2 ";
    const bool second = outer.resume();
    RECORD("nested.trace", "%s", trace.c_str());
    RECORD("nested.results", "%d %d %d %d", first, second, inner.done(), outer.done());
    RECORD("current.outside", "%d", wasix::fiber::current() == nullptr);

    // yield() outside any fiber does nothing.
    wasix::fiber::yield();
    RECORD("yield.outside", "ok");
    return check_done();
}
