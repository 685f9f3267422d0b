// pipe.cpp - pipe() over fd_pipe. WASIX pipes are duplex: each end reads
// what the other writes; fds[0] is used as the read end, fds[1] as the write
// end.
#include <errno.h>
#include <unistd.h>

extern "C" int pipe(int fds[2]) {
    return pipe2(fds, 0);
}
