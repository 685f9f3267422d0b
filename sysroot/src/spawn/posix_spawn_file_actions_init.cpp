// posix_spawn_file_actions_init.cpp - an empty action list.
#include <spawn.h>

extern "C" int posix_spawn_file_actions_init(posix_spawn_file_actions_t* fa) {
    fa->__actions = nullptr;
    fa->__count = 0;
    fa->__capacity = 0;
    return 0;
}
