/* sysconf(): the processor counts (_SC_NPROCESSORS_ONLN, _CONF) are the
 * host's (both builds run on the same machine, and the runner hands the
 * guest the host's count), online no more than configured, and the same when
 * a thread asks; an unknown name is EINVAL. */
#include <pthread.h>
#include <unistd.h>

#include "check.h"

static void *ask(void *arg) {
    (void)arg;
    return (void *)sysconf(_SC_NPROCESSORS_ONLN);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    long onln = sysconf(_SC_NPROCESSORS_ONLN);
    long conf = sysconf(_SC_NPROCESSORS_CONF);
    RECORD("nprocessors_onln.at_least_1", "%s", onln >= 1 ? "yes" : "no");
    RECORD("nprocessors_onln", "%ld", onln);
    RECORD("nprocessors_conf.at_least_1", "%s", conf >= 1 ? "yes" : "no");
    RECORD("nprocessors.onln_le_conf", "%s", onln <= conf ? "yes" : "no");
    pthread_t t;
    void *r = NULL;
    CHECK(pthread_create(&t, NULL, ask, NULL) == 0);
    CHECK(pthread_join(t, &r) == 0);
    RECORD("nprocessors_onln.thread_agrees", "%s", (long)r == onln ? "yes" : "no");
    /* the page size, _SC_OPEN_MAX, _SC_CLK_TCK, _SC_ARG_MAX; the page size
     * is the machine's (4 KiB on x86-64 Linux, the 64 KiB
     * wasm page under WASIX: known-differences.txt) */
    RECORD("pagesize", "%ld", sysconf(_SC_PAGESIZE));
    long open_max = sysconf(_SC_OPEN_MAX);
    RECORD("open_max.sane", "%s", open_max == -1 || open_max > 0 ? "yes" : "no");
    RECORD("clk_tck.positive", "%s", sysconf(_SC_CLK_TCK) > 0 ? "yes" : "no");
    RECORD("arg_max.positive", "%s", sysconf(_SC_ARG_MAX) > 0 ? "yes" : "no");
    CALL("unknown_name", sysconf(-1));
    CALL("unknown_name.large", sysconf(0x7fffffff));
    return check_done();
}
