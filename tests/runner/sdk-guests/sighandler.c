/* Signals sent to wasix-run, as the guest's handlers see them.
 *   sighandler count K  handlers for SIGINT, SIGTERM and SIGHUP; prints
 *                       "took N" as each arrives, then after K of them
 *                       "got N N ..." and exits 3
 *   sighandler dfl      registers for SIGUSR1 only: the three keep their
 *                       default action (the end of the process)
 *   sighandler ign      SIGTERM ignored, SIGINT handled: exits 4 on SIGINT
 *   sighandler child    as count 1, with a forked child that exits 2 s after
 *                       the start; main waits for it, prints "child done"
 *                       and exits 3
 * Each mode prints "ready" once its handlers are in place and gives up
 * after 60 s. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t taken[8];
static volatile sig_atomic_t ntaken;

static void on_signal(int sig) {
    if (ntaken < 8) taken[ntaken] = sig;
    ntaken++;
}

static void handle(int sig, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigaction(sig, &sa, NULL);
}

int main(int argc, char** argv) {
    const char* mode = argc > 1 ? argv[1] : "count";
    int want = argc > 2 ? atoi(argv[2]) : 1;
    pid_t child = -1;
    if (strcmp(mode, "count") == 0 || strcmp(mode, "child") == 0) {
        handle(SIGINT, on_signal);
        handle(SIGTERM, on_signal);
        handle(SIGHUP, on_signal);
    } else if (strcmp(mode, "dfl") == 0) {
        handle(SIGUSR1, on_signal);
    } else if (strcmp(mode, "ign") == 0) {
        handle(SIGTERM, SIG_IGN);
        handle(SIGINT, on_signal);
        want = 1;
    } else {
        return 2;
    }
    if (strcmp(mode, "child") == 0) {
        child = fork();
        if (child == 0) {
            sleep(2);
            _exit(0);
        }
    }
    printf("ready\n");
    fflush(stdout);
    int seen = 0;
    for (int i = 0; i < 6000 && seen < want; i++) {
        usleep(10000);
        while (seen < ntaken && seen < want) {
            printf("took %d\n", taken[seen++]);
            fflush(stdout);
        }
    }
    if (seen < want) return 1;
    printf("got");
    for (int i = 0; i < seen; i++) printf(" %d", taken[i]);
    printf("\n");
    if (child > 0) {
        fflush(stdout);
        waitpid(child, NULL, 0);
        printf("child done\n");
    }
    return strcmp(mode, "ign") == 0 ? 4 : 3;
}
