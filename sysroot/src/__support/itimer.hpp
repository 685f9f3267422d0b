// itimer.hpp - the one real-time interval timer (ITIMER_REAL), over
// proc_raise_interval, shared by alarm and setitimer/getitimer.
#pragma once

extern "C" {
// Arm (value_ns > 0) or disarm (0) the timer; interval_ns > 0 repeats.
// Returns 0 or an errno value; *old_value_ns / *old_interval_ns (may be
// null) get the previous remaining time and interval.
int __wasix_itimer_set(long long value_ns, long long interval_ns, long long* old_value_ns,
                       long long* old_interval_ns);
// Called when SIGALRM arrives from the runtime: a one-shot timer is
// disarmed (the runtime would repeat it), a repeating one moves on.
void __wasix_itimer_expired(void);
}
