// spawn_file_actions.cpp - posix_spawn_file_actions_init/destroy/add*.
#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>

#include "__support/spawn_impl.hpp"

using wasix_spawn::action;
using wasix_spawn::op;

namespace {

int add(posix_spawn_file_actions_t* fa, const action& a) {
    if (fa->__count == fa->__capacity) {
        const int cap = fa->__capacity ? fa->__capacity * 2 : 4;
        void* grown = realloc(fa->__actions, sizeof(action) * static_cast<size_t>(cap));
        if (!grown) return ENOMEM;
        fa->__actions = grown;
        fa->__capacity = cap;
    }
    static_cast<action*>(fa->__actions)[fa->__count++] = a;
    return 0;
}

int add_path(posix_spawn_file_actions_t* fa, action a, const char* path) {
    a.path = strdup(path);
    if (!a.path) return ENOMEM;
    const int err = add(fa, a);
    if (err) free(a.path);
    return err;
}

}  // namespace

extern "C" int posix_spawn_file_actions_init(posix_spawn_file_actions_t* fa) {
    fa->__actions = nullptr;
    fa->__count = 0;
    fa->__capacity = 0;
    return 0;
}

extern "C" int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* fa) {
    auto* const list = static_cast<action*>(fa->__actions);
    for (int i = 0; i < fa->__count; ++i) free(list[i].path);
    free(list);
    return posix_spawn_file_actions_init(fa);
}

extern "C" int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* fa, int fd, const char* path, int oflag,
                                                mode_t mode) {
    if (fd < 0) return EBADF;
    return add_path(fa, action{op::open, fd, -1, oflag, mode, nullptr}, path);
}

extern "C" int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* fa, int fd) {
    if (fd < 0) return EBADF;
    return add(fa, action{op::close, fd, -1, 0, 0, nullptr});
}

extern "C" int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* fa, int fd, int newfd) {
    if (fd < 0 || newfd < 0) return EBADF;
    return add(fa, action{op::dup2, newfd, fd, 0, 0, nullptr});
}

extern "C" int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t* fa, const char* path) {
    return add_path(fa, action{op::chdir, -1, -1, 0, 0, nullptr}, path);
}

extern "C" int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t* fa, int fd) {
    if (fd < 0) return EBADF;
    return add(fa, action{op::fchdir, fd, -1, 0, 0, nullptr});
}
