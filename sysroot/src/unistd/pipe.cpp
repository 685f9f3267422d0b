// pipe(2): pipe2 without flags.
#include <unistd.h>

extern "C" int pipe(int fds[2]) {
    return pipe2(fds, 0);
}
