/* WASIX SDK: <sys/vfs.h> is <sys/statfs.h>, as on Linux. */
#include <sys/statfs.h>
