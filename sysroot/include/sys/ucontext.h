/* WASIX SDK: <sys/ucontext.h>, where glibc keeps ucontext_t and mcontext_t. */
#include <ucontext.h>
