/* <sys/un.h> for the WASIX sysroot. */
#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

struct sockaddr_un {
    sa_family_t sun_family;
    char sun_path[108];
};

#ifdef __cplusplus
}
#endif

#endif
