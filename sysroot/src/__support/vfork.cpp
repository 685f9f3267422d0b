// vfork.cpp - see vfork.hpp.
#include "__support/vfork.hpp"

#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>

#include <wasix/wasix.hpp>

#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/signal_impl.hpp"
#include "__support/stdio_merge.hpp"

namespace {

// One vfork in progress; a child may vfork again, so they stack.
struct frame {
    jmp_buf buf;                 // set by the caller's setjmp
    void (*jump)(void*, int);    // the longjmp that matches it
    pid_t child;                 // 0 until proc_fork_env succeeded
    wasix_libc::fd_saved* fds;
    struct sigaction actions[_NSIG];
    uint64_t mask;
    bool stdio_merged;
    frame* outer;
};

thread_local frame* g_top;
// What the macro's setjmp gets when no frame could be allocated: the vfork
// then fails with ENOMEM.
thread_local jmp_buf g_refused;
thread_local bool g_no_frame;

void pop() noexcept {
    frame* f = g_top;
    g_top = f->outer;
    free(f);
}

}  // namespace

namespace wasix_libc {

bool vfork_in_child() noexcept {
    return g_top != nullptr && g_top->child != 0;
}

void vfork_resume_parent() noexcept {
    frame* f = g_top;
    fd_table_restore(f->fds);
    for (int i = 0; i < _NSIG; ++i) __wasix_sigactions[i] = f->actions[i];
    __atomic_store_n(&__wasix_sigmask, f->mask, __ATOMIC_RELEASE);
    stdio_restore(f->stdio_merged);
    child_added(f->child);
    // The jump buffer outlives the frame: it is copied to the stack first.
    jmp_buf buf;
    __builtin_memcpy(buf, f->buf, sizeof buf);
    void (*jump)(void*, int) = f->jump;
    const pid_t child = f->child;
    pop();
    jump(buf, child);
    abort();  // a longjmp does not return
}

}  // namespace wasix_libc

extern "C" {

// The first half of the vfork() macro: a jump buffer for its setjmp.
struct __jmp_buf_tag* __wasix_vfork_enter(void (*jump)(void*, int)) {
    frame* f = static_cast<frame*>(calloc(1, sizeof(frame)));
    if (f == nullptr) {
        g_no_frame = true;
        return g_refused;
    }
    f->jump = jump;
    f->outer = g_top;
    g_top = f;
    return f->buf;
}

// The second half: `from_setjmp` is 0 on the way in (start the child and
// return 0 in it), and the child's pid when the parent resumes.
pid_t __wasix_vfork_leave(int from_setjmp) {
    if (from_setjmp != 0) return from_setjmp;
    if (g_no_frame) {
        g_no_frame = false;
        return wasix_libc::fail_posix(ENOMEM);
    }
    frame* f = g_top;
    // Saved before the child exists: it cannot be started without.
    f->fds = wasix_libc::fd_table_save();
    if (f->fds == nullptr) {
        pop();
        return wasix_libc::fail_posix(ENOMEM);
    }
    for (int i = 0; i < _NSIG; ++i) f->actions[i] = __wasix_sigactions[i];
    f->mask = __atomic_load_n(&__wasix_sigmask, __ATOMIC_ACQUIRE);
    f->stdio_merged = wasix_libc::stdio_merged();
    const auto r = wasix::proc_fork_env();
    if (!r) {
        wasix_libc::fd_table_restore(f->fds);
        pop();
        return wasix_libc::fail(r.error());
    }
    f->child = static_cast<pid_t>(*r);
    return 0;
}

}  // extern "C"

extern "C" void __wasix_vfork_exit(int status) {
    if (!wasix_libc::vfork_in_child()) return;
    wasix::proc_exit2(static_cast<wasix::exitcode_t>(status));
    wasix_libc::vfork_resume_parent();
}
