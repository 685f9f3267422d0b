// spawn_actions.cpp - the growing file-action list (spawn_impl.hpp).
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "__support/spawn_impl.hpp"

namespace wasix_spawn {

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

}  // namespace wasix_spawn
