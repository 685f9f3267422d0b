// syslog_state.cpp - syslog_state.hpp.
#include <pthread.h>
#include <syslog.h>

#include "__support/syslog_state.hpp"

namespace wasix_libc {
namespace {
syslog_state g_state = {nullptr, 0, LOG_USER, 0xff};
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
}  // namespace

syslog_state& syslog_settings() noexcept { return g_state; }
void syslog_lock() noexcept { pthread_mutex_lock(&g_lock); }
void syslog_unlock() noexcept { pthread_mutex_unlock(&g_lock); }

}  // namespace wasix_libc
