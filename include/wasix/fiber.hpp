// <wasix/fiber.hpp> - green threads (stackful coroutines) for guests. Hand-written.
//
//   wasix::fiber f([] {
//       for (int i = 0; i < 3; ++i) {
//           std::printf("step %d\n", i);
//           wasix::fiber::yield();          // back to whoever resumed f
//       }
//   });
//   while (f.resume()) {}                   // runs f up to each yield; false once it ended
//
// A fiber runs a function on a stack of its own, up to each yield(), and is resumed from
// anywhere on the same thread (a fiber may resume another: yield() goes back to the
// resumer). It is <ucontext.h> underneath, so the same code builds natively (glibc) and for
// WASIX, where each fiber is one of the runtime's contexts (context_create/context_switch).
//
// Under WASIX (see sysroot/src/ucontext/ and QUIRKS.md, "contexts"): a program that can fork
// (asyncified) cannot make contexts: the constructor then reports ENOTSUP through
// error(). A fiber's function must not throw out of it (it ends the program, as an
// exception leaving a thread's function does). Destroying a fiber that has not ended
// abandons it: its function never continues and its stack frames are not unwound.
#ifndef WASIX_FIBER_HPP
#define WASIX_FIBER_HPP

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>

#include <memory>
#include <utility>

namespace wasix {

class fiber {
public:
    static constexpr size_t default_stack_size = 64 * 1024;

    // A fiber that will run fn (callable as fn()) when first resumed.
    template <class F>
    explicit fiber(F fn, size_t stack_size = default_stack_size)
        : body_(new body<F>(std::move(fn))), stack_(new (std::nothrow) char[stack_size]) {
        if (!stack_) {
            error_ = ENOMEM;
            return;
        }
        if (getcontext(&self_) != 0) {
            error_ = errno;
            return;
        }
        self_.uc_stack.ss_sp = stack_.get();
        self_.uc_stack.ss_size = stack_size;
        self_.uc_link = &back_;
        // makecontext passes ints: the fiber's address goes as two halves (one suffices for
        // wasm32, two are needed on a 64-bit host).
        const uintptr_t self = reinterpret_cast<uintptr_t>(this);
        makecontext(&self_, reinterpret_cast<void (*)()>(&fiber::entry), 2,
                    static_cast<int>(static_cast<uint32_t>(self)),
                    static_cast<int>(static_cast<uint32_t>(static_cast<uint64_t>(self) >> 32)));
    }

    fiber(const fiber&) = delete;
    fiber& operator=(const fiber&) = delete;

    // Runs the fiber until it yields (true) or its function returns (false). Resuming a
    // fiber that has ended, or one that could not be made, returns false at once.
    bool resume() {
        if (error_ || state_ == state::done || state_ == state::running) return false;
        fiber* const outer = current_ref();
        current_ref() = this;
        state_ = state::running;
        if (swapcontext(&back_, &self_) != 0) {
            error_ = errno;
            state_ = state::done;
        } else if (state_ == state::running) {
            // The function returned: uc_link brought the switch back here.
            state_ = state::done;
        }
        current_ref() = outer;
        return state_ == state::suspended;
    }

    // From inside a fiber: back to whoever resumed it. Outside any fiber: does nothing.
    static void yield() {
        fiber* const self = current_ref();
        if (!self) return;
        self->state_ = state::suspended;
        if (swapcontext(&self->self_, &self->back_) != 0) self->error_ = errno;
    }

    // The fiber running on this thread, or nullptr.
    static fiber* current() { return current_ref(); }

    bool done() const { return state_ == state::done || error_ != 0; }
    // 0, or the errno that kept the fiber from being made or switched to (ENOTSUP in a
    // program that can fork, ENOMEM for its stack).
    int error() const { return error_; }

private:
    enum class state { ready, running, suspended, done };

    struct body_base {
        virtual ~body_base() = default;
        virtual void run() = 0;
    };
    template <class F>
    struct body final : body_base {
        explicit body(F&& f) : fn(std::move(f)) {}
        void run() override { fn(); }
        F fn;
    };

    static fiber*& current_ref() {
        static thread_local fiber* running = nullptr;
        return running;
    }

    static void entry(int low, int high) {
        const uint64_t bits = static_cast<uint32_t>(low) | static_cast<uint64_t>(static_cast<uint32_t>(high)) << 32;
        fiber* const self = reinterpret_cast<fiber*>(static_cast<uintptr_t>(bits));
        self->body_->run();
        // Returning follows uc_link to back_: resume() sees state running and marks done.
    }

    std::unique_ptr<body_base> body_;
    std::unique_ptr<char[]> stack_;
    ucontext_t self_{};
    ucontext_t back_{};
    state state_ = state::ready;
    int error_ = 0;
};

}  // namespace wasix

#endif  // WASIX_FIBER_HPP
