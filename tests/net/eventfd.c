/* eventfd: counter and semaphore modes, EFD_NONBLOCK, poll readiness.
 * (fd_event takes its initial value as a u64, and the runtime ignores
 * EFD_SEMAPHORE, which the libc emulates: internal/eventfd_sem.hpp.) */
#include <poll.h>
#include <sys/eventfd.h>

#include "nettest.h"

int main(void) {
    int e = eventfd(3, 0);
    REQUIRE(e >= 0);
    eventfd_t v = 0;
    CHECK(eventfd_read(e, &v) == 0 && v == 3);
    CHECK(eventfd_write(e, 5) == 0 && eventfd_write(e, 2) == 0);
    CHECK(read(e, &v, sizeof v) == sizeof v && v == 7);

    int n = eventfd(0, EFD_NONBLOCK);
    REQUIRE(n >= 0);
    CHECK_ERR(read(n, &v, sizeof v), EAGAIN);
    struct pollfd p = {n, POLLIN, 0};
    CHECK(poll(&p, 1, 50) == 0);
    CHECK(eventfd_write(n, 1) == 0);
    CHECK(poll(&p, 1, 1000) == 1 && (p.revents & POLLIN));

    int s = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    REQUIRE(s >= 0);
    CHECK(eventfd_read(s, &v) == 0 && v == 1);
    CHECK(eventfd_read(s, &v) == 0 && v == 1);
    CHECK_ERR(read(s, &v, sizeof v), EAGAIN);
    CHECK_ERR(eventfd(0, 0x7000000), EINVAL);
    close(e);
    close(n);
    close(s);
    return nt_done("eventfd");
}
