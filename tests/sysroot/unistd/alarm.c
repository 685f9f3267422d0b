/* alarm(): SIGALRM arrives about the given seconds later (waited for with a
 * bounded loop of short sleeps); re-arming returns the seconds left of the
 * previous alarm; alarm(0) cancels and returns what was left. */
#include <signal.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGALRM, check_count_signal) != SIG_ERR);
    CALL("alarm.first", alarm(1));
    CALL("alarm.rearm", alarm(1)); /* about one second was left */
    RECORD("alarm.fired", "%s", check_wait_signal(SIGALRM, 1, 5000) ? "yes" : "no");
    CALL("alarm.after_fire", alarm(0));
    CALL("alarm.long", alarm(100));
    CALL("alarm.cancel", alarm(0));
    check_sleep_ms(50);
    RECORD("alarm.hits", "%d", (int)check_signal_hits[SIGALRM]);
    return check_done();
}
