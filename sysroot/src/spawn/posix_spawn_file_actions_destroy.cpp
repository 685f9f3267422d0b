// posix_spawn_file_actions_destroy.cpp - frees the list and its paths.
#include <spawn.h>
#include <stdlib.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* fa) {
    auto* const list = static_cast<wasix_spawn::action*>(fa->__actions);
    for (int i = 0; i < fa->__count; ++i) free(list[i].path);
    free(list);
    return posix_spawn_file_actions_init(fa);
}
