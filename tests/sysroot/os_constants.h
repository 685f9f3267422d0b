/* os_constants.h - the constants Gerbil's std/os library takes from the
 * libc (its export lists), one presence check each: seen(name, value) when
 * the headers define it, missing(name, strict) when not (strict for the
 * process-model ones). Included by errno/errno.c, which defines both; kept
 * as plain C so the test has no build step. */

static void constants_process(void) {
#ifdef EAGAIN
    seen("EAGAIN", (long long)(EAGAIN));
#else
    missing("EAGAIN", 1);
#endif
#ifdef EINTR
    seen("EINTR", (long long)(EINTR));
#else
    missing("EINTR", 1);
#endif
#ifdef EINPROGRESS
    seen("EINPROGRESS", (long long)(EINPROGRESS));
#else
    missing("EINPROGRESS", 1);
#endif
#ifdef EWOULDBLOCK
    seen("EWOULDBLOCK", (long long)(EWOULDBLOCK));
#else
    missing("EWOULDBLOCK", 1);
#endif
#ifdef F_DUPFD
    seen("F_DUPFD", (long long)(F_DUPFD));
#else
    missing("F_DUPFD", 1);
#endif
#ifdef F_GETFD
    seen("F_GETFD", (long long)(F_GETFD));
#else
    missing("F_GETFD", 1);
#endif
#ifdef F_SETFD
    seen("F_SETFD", (long long)(F_SETFD));
#else
    missing("F_SETFD", 1);
#endif
#ifdef F_GETFL
    seen("F_GETFL", (long long)(F_GETFL));
#else
    missing("F_GETFL", 1);
#endif
#ifdef F_SETFL
    seen("F_SETFL", (long long)(F_SETFL));
#else
    missing("F_SETFL", 1);
#endif
#ifdef FD_CLOEXEC
    seen("FD_CLOEXEC", (long long)(FD_CLOEXEC));
#else
    missing("FD_CLOEXEC", 1);
#endif
#ifdef O_CREAT
    seen("O_CREAT", (long long)(O_CREAT));
#else
    missing("O_CREAT", 1);
#endif
#ifdef O_EXCL
    seen("O_EXCL", (long long)(O_EXCL));
#else
    missing("O_EXCL", 1);
#endif
#ifdef O_NOCTTY
    seen("O_NOCTTY", (long long)(O_NOCTTY));
#else
    missing("O_NOCTTY", 1);
#endif
#ifdef O_TRUNC
    seen("O_TRUNC", (long long)(O_TRUNC));
#else
    missing("O_TRUNC", 1);
#endif
#ifdef O_APPEND
    seen("O_APPEND", (long long)(O_APPEND));
#else
    missing("O_APPEND", 1);
#endif
#ifdef O_DSYNC
    seen("O_DSYNC", (long long)(O_DSYNC));
#else
    missing("O_DSYNC", 1);
#endif
#ifdef O_NONBLOCK
    seen("O_NONBLOCK", (long long)(O_NONBLOCK));
#else
    missing("O_NONBLOCK", 1);
#endif
#ifdef O_RSYNC
    seen("O_RSYNC", (long long)(O_RSYNC));
#else
    missing("O_RSYNC", 1);
#endif
#ifdef O_SYNC
    seen("O_SYNC", (long long)(O_SYNC));
#else
    missing("O_SYNC", 1);
#endif
#ifdef O_ACCMODE
    seen("O_ACCMODE", (long long)(O_ACCMODE));
#else
    missing("O_ACCMODE", 1);
#endif
#ifdef O_RDONLY
    seen("O_RDONLY", (long long)(O_RDONLY));
#else
    missing("O_RDONLY", 1);
#endif
#ifdef O_RDWR
    seen("O_RDWR", (long long)(O_RDWR));
#else
    missing("O_RDWR", 1);
#endif
#ifdef O_WRONLY
    seen("O_WRONLY", (long long)(O_WRONLY));
#else
    missing("O_WRONLY", 1);
#endif
#ifdef SIGHUP
    seen("SIGHUP", (long long)(SIGHUP));
#else
    missing("SIGHUP", 1);
#endif
#ifdef SIGINT
    seen("SIGINT", (long long)(SIGINT));
#else
    missing("SIGINT", 1);
#endif
#ifdef SIGQUIT
    seen("SIGQUIT", (long long)(SIGQUIT));
#else
    missing("SIGQUIT", 1);
#endif
#ifdef SIGILL
    seen("SIGILL", (long long)(SIGILL));
#else
    missing("SIGILL", 1);
#endif
#ifdef SIGTRAP
    seen("SIGTRAP", (long long)(SIGTRAP));
#else
    missing("SIGTRAP", 1);
#endif
#ifdef SIGABRT
    seen("SIGABRT", (long long)(SIGABRT));
#else
    missing("SIGABRT", 1);
#endif
#ifdef SIGBUS
    seen("SIGBUS", (long long)(SIGBUS));
#else
    missing("SIGBUS", 1);
#endif
#ifdef SIGFPE
    seen("SIGFPE", (long long)(SIGFPE));
#else
    missing("SIGFPE", 1);
#endif
#ifdef SIGKILL
    seen("SIGKILL", (long long)(SIGKILL));
#else
    missing("SIGKILL", 1);
#endif
#ifdef SIGUSR1
    seen("SIGUSR1", (long long)(SIGUSR1));
#else
    missing("SIGUSR1", 1);
#endif
#ifdef SIGSEGV
    seen("SIGSEGV", (long long)(SIGSEGV));
#else
    missing("SIGSEGV", 1);
#endif
#ifdef SIGUSR2
    seen("SIGUSR2", (long long)(SIGUSR2));
#else
    missing("SIGUSR2", 1);
#endif
#ifdef SIGPIPE
    seen("SIGPIPE", (long long)(SIGPIPE));
#else
    missing("SIGPIPE", 1);
#endif
#ifdef SIGALRM
    seen("SIGALRM", (long long)(SIGALRM));
#else
    missing("SIGALRM", 1);
#endif
#ifdef SIGTERM
    seen("SIGTERM", (long long)(SIGTERM));
#else
    missing("SIGTERM", 1);
#endif
#ifdef SIGCHLD
    seen("SIGCHLD", (long long)(SIGCHLD));
#else
    missing("SIGCHLD", 1);
#endif
#ifdef SIGCONT
    seen("SIGCONT", (long long)(SIGCONT));
#else
    missing("SIGCONT", 1);
#endif
#ifdef SIGSTOP
    seen("SIGSTOP", (long long)(SIGSTOP));
#else
    missing("SIGSTOP", 1);
#endif
#ifdef SIGTSTP
    seen("SIGTSTP", (long long)(SIGTSTP));
#else
    missing("SIGTSTP", 1);
#endif
#ifdef SIGTTIN
    seen("SIGTTIN", (long long)(SIGTTIN));
#else
    missing("SIGTTIN", 1);
#endif
#ifdef SIGTTOU
    seen("SIGTTOU", (long long)(SIGTTOU));
#else
    missing("SIGTTOU", 1);
#endif
#ifdef SIGURG
    seen("SIGURG", (long long)(SIGURG));
#else
    missing("SIGURG", 1);
#endif
#ifdef SIGXCPU
    seen("SIGXCPU", (long long)(SIGXCPU));
#else
    missing("SIGXCPU", 1);
#endif
#ifdef SIGXFSZ
    seen("SIGXFSZ", (long long)(SIGXFSZ));
#else
    missing("SIGXFSZ", 1);
#endif
#ifdef SIGVTALRM
    seen("SIGVTALRM", (long long)(SIGVTALRM));
#else
    missing("SIGVTALRM", 1);
#endif
#ifdef SIGPROF
    seen("SIGPROF", (long long)(SIGPROF));
#else
    missing("SIGPROF", 1);
#endif
#ifdef SIGWINCH
    seen("SIGWINCH", (long long)(SIGWINCH));
#else
    missing("SIGWINCH", 1);
#endif
#ifdef SIGIO
    seen("SIGIO", (long long)(SIGIO));
#else
    missing("SIGIO", 1);
#endif
#ifdef SIGPWR
    seen("SIGPWR", (long long)(SIGPWR));
#else
    missing("SIGPWR", 1);
#endif
#ifdef SIGSYS
    seen("SIGSYS", (long long)(SIGSYS));
#else
    missing("SIGSYS", 1);
#endif
#ifdef SIG_BLOCK
    seen("SIG_BLOCK", (long long)(SIG_BLOCK));
#else
    missing("SIG_BLOCK", 1);
#endif
#ifdef SIG_UNBLOCK
    seen("SIG_UNBLOCK", (long long)(SIG_UNBLOCK));
#else
    missing("SIG_UNBLOCK", 1);
#endif
#ifdef SIG_SETMASK
    seen("SIG_SETMASK", (long long)(SIG_SETMASK));
#else
    missing("SIG_SETMASK", 1);
#endif
#ifdef SFD_NONBLOCK
    seen("SFD_NONBLOCK", (long long)(SFD_NONBLOCK));
#else
    missing("SFD_NONBLOCK", 1);
#endif
#ifdef SFD_CLOEXEC
    seen("SFD_CLOEXEC", (long long)(SFD_CLOEXEC));
#else
    missing("SFD_CLOEXEC", 1);
#endif
#ifdef IN_ACCESS
    seen("IN_ACCESS", (long long)(IN_ACCESS));
#else
    missing("IN_ACCESS", 1);
#endif
#ifdef IN_ATTRIB
    seen("IN_ATTRIB", (long long)(IN_ATTRIB));
#else
    missing("IN_ATTRIB", 1);
#endif
#ifdef IN_CLOSE_WRITE
    seen("IN_CLOSE_WRITE", (long long)(IN_CLOSE_WRITE));
#else
    missing("IN_CLOSE_WRITE", 1);
#endif
#ifdef IN_CLOSE_NOWRITE
    seen("IN_CLOSE_NOWRITE", (long long)(IN_CLOSE_NOWRITE));
#else
    missing("IN_CLOSE_NOWRITE", 1);
#endif
#ifdef IN_CREATE
    seen("IN_CREATE", (long long)(IN_CREATE));
#else
    missing("IN_CREATE", 1);
#endif
#ifdef IN_DELETE
    seen("IN_DELETE", (long long)(IN_DELETE));
#else
    missing("IN_DELETE", 1);
#endif
#ifdef IN_DELETE_SELF
    seen("IN_DELETE_SELF", (long long)(IN_DELETE_SELF));
#else
    missing("IN_DELETE_SELF", 1);
#endif
#ifdef IN_MODIFY
    seen("IN_MODIFY", (long long)(IN_MODIFY));
#else
    missing("IN_MODIFY", 1);
#endif
#ifdef IN_MOVE_SELF
    seen("IN_MOVE_SELF", (long long)(IN_MOVE_SELF));
#else
    missing("IN_MOVE_SELF", 1);
#endif
#ifdef IN_MOVED_FROM
    seen("IN_MOVED_FROM", (long long)(IN_MOVED_FROM));
#else
    missing("IN_MOVED_FROM", 1);
#endif
#ifdef IN_MOVED_TO
    seen("IN_MOVED_TO", (long long)(IN_MOVED_TO));
#else
    missing("IN_MOVED_TO", 1);
#endif
#ifdef IN_OPEN
    seen("IN_OPEN", (long long)(IN_OPEN));
#else
    missing("IN_OPEN", 1);
#endif
#ifdef IN_ALL_EVENTS
    seen("IN_ALL_EVENTS", (long long)(IN_ALL_EVENTS));
#else
    missing("IN_ALL_EVENTS", 1);
#endif
#ifdef IN_MOVE
    seen("IN_MOVE", (long long)(IN_MOVE));
#else
    missing("IN_MOVE", 1);
#endif
#ifdef IN_CLOSE
    seen("IN_CLOSE", (long long)(IN_CLOSE));
#else
    missing("IN_CLOSE", 1);
#endif
#ifdef IN_DONT_FOLLOW
    seen("IN_DONT_FOLLOW", (long long)(IN_DONT_FOLLOW));
#else
    missing("IN_DONT_FOLLOW", 1);
#endif
#ifdef IN_EXCL_UNLINK
    seen("IN_EXCL_UNLINK", (long long)(IN_EXCL_UNLINK));
#else
    missing("IN_EXCL_UNLINK", 1);
#endif
#ifdef IN_MASK_ADD
    seen("IN_MASK_ADD", (long long)(IN_MASK_ADD));
#else
    missing("IN_MASK_ADD", 1);
#endif
#ifdef IN_ONESHOT
    seen("IN_ONESHOT", (long long)(IN_ONESHOT));
#else
    missing("IN_ONESHOT", 1);
#endif
#ifdef IN_ONLYDIR
    seen("IN_ONLYDIR", (long long)(IN_ONLYDIR));
#else
    missing("IN_ONLYDIR", 1);
#endif
#ifdef IN_IGNORED
    seen("IN_IGNORED", (long long)(IN_IGNORED));
#else
    missing("IN_IGNORED", 1);
#endif
#ifdef IN_ISDIR
    seen("IN_ISDIR", (long long)(IN_ISDIR));
#else
    missing("IN_ISDIR", 1);
#endif
#ifdef IN_Q_OVERFLOW
    seen("IN_Q_OVERFLOW", (long long)(IN_Q_OVERFLOW));
#else
    missing("IN_Q_OVERFLOW", 1);
#endif
#ifdef IN_UNMOUNT
    seen("IN_UNMOUNT", (long long)(IN_UNMOUNT));
#else
    missing("IN_UNMOUNT", 1);
#endif
}

static void constants_socket(void) {
#ifdef AF_UNSPEC
    seen("AF_UNSPEC", (long long)(AF_UNSPEC));
#else
    missing("AF_UNSPEC", 0);
#endif
#ifdef AF_INET
    seen("AF_INET", (long long)(AF_INET));
#else
    missing("AF_INET", 0);
#endif
#ifdef AF_INET6
    seen("AF_INET6", (long long)(AF_INET6));
#else
    missing("AF_INET6", 0);
#endif
#ifdef AF_UNIX
    seen("AF_UNIX", (long long)(AF_UNIX));
#else
    missing("AF_UNIX", 0);
#endif
#ifdef AF_LOCAL
    seen("AF_LOCAL", (long long)(AF_LOCAL));
#else
    missing("AF_LOCAL", 0);
#endif
#ifdef AF_NETLINK
    seen("AF_NETLINK", (long long)(AF_NETLINK));
#else
    missing("AF_NETLINK", 0);
#endif
#ifdef AF_PACKET
    seen("AF_PACKET", (long long)(AF_PACKET));
#else
    missing("AF_PACKET", 0);
#endif
#ifdef AF_ALG
    seen("AF_ALG", (long long)(AF_ALG));
#else
    missing("AF_ALG", 0);
#endif
#ifdef SOCK_STREAM
    seen("SOCK_STREAM", (long long)(SOCK_STREAM));
#else
    missing("SOCK_STREAM", 0);
#endif
#ifdef SOCK_DGRAM
    seen("SOCK_DGRAM", (long long)(SOCK_DGRAM));
#else
    missing("SOCK_DGRAM", 0);
#endif
#ifdef SOCK_RAW
    seen("SOCK_RAW", (long long)(SOCK_RAW));
#else
    missing("SOCK_RAW", 0);
#endif
#ifdef SOCK_SEQPACKET
    seen("SOCK_SEQPACKET", (long long)(SOCK_SEQPACKET));
#else
    missing("SOCK_SEQPACKET", 0);
#endif
#ifdef SOCK_RDM
    seen("SOCK_RDM", (long long)(SOCK_RDM));
#else
    missing("SOCK_RDM", 0);
#endif
#ifdef SHUT_RD
    seen("SHUT_RD", (long long)(SHUT_RD));
#else
    missing("SHUT_RD", 0);
#endif
#ifdef SHUT_WR
    seen("SHUT_WR", (long long)(SHUT_WR));
#else
    missing("SHUT_WR", 0);
#endif
#ifdef SHUT_RDWR
    seen("SHUT_RDWR", (long long)(SHUT_RDWR));
#else
    missing("SHUT_RDWR", 0);
#endif
#ifdef UNIX_MAX_PATH
    seen("UNIX_MAX_PATH", (long long)(UNIX_MAX_PATH));
#else
    missing("UNIX_MAX_PATH", 0);
#endif
#ifdef SOL_SOCKET
    seen("SOL_SOCKET", (long long)(SOL_SOCKET));
#else
    missing("SOL_SOCKET", 0);
#endif
#ifdef SO_ACCEPTCONN
    seen("SO_ACCEPTCONN", (long long)(SO_ACCEPTCONN));
#else
    missing("SO_ACCEPTCONN", 0);
#endif
#ifdef SO_BINDTODEVICE
    seen("SO_BINDTODEVICE", (long long)(SO_BINDTODEVICE));
#else
    missing("SO_BINDTODEVICE", 0);
#endif
#ifdef SO_BROADCAST
    seen("SO_BROADCAST", (long long)(SO_BROADCAST));
#else
    missing("SO_BROADCAST", 0);
#endif
#ifdef SO_DEBUG
    seen("SO_DEBUG", (long long)(SO_DEBUG));
#else
    missing("SO_DEBUG", 0);
#endif
#ifdef SO_DOMAIN
    seen("SO_DOMAIN", (long long)(SO_DOMAIN));
#else
    missing("SO_DOMAIN", 0);
#endif
#ifdef SO_DONTROUTE
    seen("SO_DONTROUTE", (long long)(SO_DONTROUTE));
#else
    missing("SO_DONTROUTE", 0);
#endif
#ifdef SO_ERROR
    seen("SO_ERROR", (long long)(SO_ERROR));
#else
    missing("SO_ERROR", 0);
#endif
#ifdef SO_KEEPALIVE
    seen("SO_KEEPALIVE", (long long)(SO_KEEPALIVE));
#else
    missing("SO_KEEPALIVE", 0);
#endif
#ifdef SO_LINGER
    seen("SO_LINGER", (long long)(SO_LINGER));
#else
    missing("SO_LINGER", 0);
#endif
#ifdef SO_OOBLINE
    seen("SO_OOBLINE", (long long)(SO_OOBLINE));
#else
    missing("SO_OOBLINE", 0);
#endif
#ifdef SO_PASSCRED
    seen("SO_PASSCRED", (long long)(SO_PASSCRED));
#else
    missing("SO_PASSCRED", 0);
#endif
#ifdef SO_PEERCRED
    seen("SO_PEERCRED", (long long)(SO_PEERCRED));
#else
    missing("SO_PEERCRED", 0);
#endif
#ifdef SO_PEEK_OFF
    seen("SO_PEEK_OFF", (long long)(SO_PEEK_OFF));
#else
    missing("SO_PEEK_OFF", 0);
#endif
#ifdef SO_PROTOCOL
    seen("SO_PROTOCOL", (long long)(SO_PROTOCOL));
#else
    missing("SO_PROTOCOL", 0);
#endif
#ifdef SO_RCVBUF
    seen("SO_RCVBUF", (long long)(SO_RCVBUF));
#else
    missing("SO_RCVBUF", 0);
#endif
#ifdef SO_SNDBUF
    seen("SO_SNDBUF", (long long)(SO_SNDBUF));
#else
    missing("SO_SNDBUF", 0);
#endif
#ifdef SO_RCVLOWAT
    seen("SO_RCVLOWAT", (long long)(SO_RCVLOWAT));
#else
    missing("SO_RCVLOWAT", 0);
#endif
#ifdef SO_SNDLOWAT
    seen("SO_SNDLOWAT", (long long)(SO_SNDLOWAT));
#else
    missing("SO_SNDLOWAT", 0);
#endif
#ifdef SO_RCVTIMEO
    seen("SO_RCVTIMEO", (long long)(SO_RCVTIMEO));
#else
    missing("SO_RCVTIMEO", 0);
#endif
#ifdef SO_SNDTIMEO
    seen("SO_SNDTIMEO", (long long)(SO_SNDTIMEO));
#else
    missing("SO_SNDTIMEO", 0);
#endif
#ifdef SO_REUSEADDR
    seen("SO_REUSEADDR", (long long)(SO_REUSEADDR));
#else
    missing("SO_REUSEADDR", 0);
#endif
#ifdef SO_REUSEPORT
    seen("SO_REUSEPORT", (long long)(SO_REUSEPORT));
#else
    missing("SO_REUSEPORT", 0);
#endif
#ifdef SO_TYPE
    seen("SO_TYPE", (long long)(SO_TYPE));
#else
    missing("SO_TYPE", 0);
#endif
#ifdef SO_TIMESTAMP
    seen("SO_TIMESTAMP", (long long)(SO_TIMESTAMP));
#else
    missing("SO_TIMESTAMP", 0);
#endif
#ifdef SO_USELOOPBACK
    seen("SO_USELOOPBACK", (long long)(SO_USELOOPBACK));
#else
    missing("SO_USELOOPBACK", 0);
#endif
#ifdef IPPROTO_IPV6
    seen("IPPROTO_IPV6", (long long)(IPPROTO_IPV6));
#else
    missing("IPPROTO_IPV6", 0);
#endif
#ifdef IPV6_ADDRFORM
    seen("IPV6_ADDRFORM", (long long)(IPV6_ADDRFORM));
#else
    missing("IPV6_ADDRFORM", 0);
#endif
#ifdef IPV6_ADD_MEMBERSHIP
    seen("IPV6_ADD_MEMBERSHIP", (long long)(IPV6_ADD_MEMBERSHIP));
#else
    missing("IPV6_ADD_MEMBERSHIP", 0);
#endif
#ifdef IPV6_DROP_MEMBERSHIP
    seen("IPV6_DROP_MEMBERSHIP", (long long)(IPV6_DROP_MEMBERSHIP));
#else
    missing("IPV6_DROP_MEMBERSHIP", 0);
#endif
#ifdef IPV6_MTU
    seen("IPV6_MTU", (long long)(IPV6_MTU));
#else
    missing("IPV6_MTU", 0);
#endif
#ifdef IPV6_MTU_DISCOVER
    seen("IPV6_MTU_DISCOVER", (long long)(IPV6_MTU_DISCOVER));
#else
    missing("IPV6_MTU_DISCOVER", 0);
#endif
#ifdef IPV6_MULTICAST_HOPS
    seen("IPV6_MULTICAST_HOPS", (long long)(IPV6_MULTICAST_HOPS));
#else
    missing("IPV6_MULTICAST_HOPS", 0);
#endif
#ifdef IPV6_MULTICAST_IF
    seen("IPV6_MULTICAST_IF", (long long)(IPV6_MULTICAST_IF));
#else
    missing("IPV6_MULTICAST_IF", 0);
#endif
#ifdef IPV6_MULTICAST_LOOP
    seen("IPV6_MULTICAST_LOOP", (long long)(IPV6_MULTICAST_LOOP));
#else
    missing("IPV6_MULTICAST_LOOP", 0);
#endif
#ifdef IPV6_RECVPKTINFO
    seen("IPV6_RECVPKTINFO", (long long)(IPV6_RECVPKTINFO));
#else
    missing("IPV6_RECVPKTINFO", 0);
#endif
#ifdef IPV6_RTHDR
    seen("IPV6_RTHDR", (long long)(IPV6_RTHDR));
#else
    missing("IPV6_RTHDR", 0);
#endif
#ifdef IPV6_AUTHHDR
    seen("IPV6_AUTHHDR", (long long)(IPV6_AUTHHDR));
#else
    missing("IPV6_AUTHHDR", 0);
#endif
#ifdef IPV6_DSTOPTS
    seen("IPV6_DSTOPTS", (long long)(IPV6_DSTOPTS));
#else
    missing("IPV6_DSTOPTS", 0);
#endif
#ifdef IPV6_HOPOPTS
    seen("IPV6_HOPOPTS", (long long)(IPV6_HOPOPTS));
#else
    missing("IPV6_HOPOPTS", 0);
#endif
#ifdef IPV6_FLOWINFO
    seen("IPV6_FLOWINFO", (long long)(IPV6_FLOWINFO));
#else
    missing("IPV6_FLOWINFO", 0);
#endif
#ifdef IPV6_HOPLIMIT
    seen("IPV6_HOPLIMIT", (long long)(IPV6_HOPLIMIT));
#else
    missing("IPV6_HOPLIMIT", 0);
#endif
#ifdef IPV6_ROUTER_ALERT
    seen("IPV6_ROUTER_ALERT", (long long)(IPV6_ROUTER_ALERT));
#else
    missing("IPV6_ROUTER_ALERT", 0);
#endif
#ifdef IPV6_UNICAST_HOPS
    seen("IPV6_UNICAST_HOPS", (long long)(IPV6_UNICAST_HOPS));
#else
    missing("IPV6_UNICAST_HOPS", 0);
#endif
#ifdef IPV6_V6ONLY
    seen("IPV6_V6ONLY", (long long)(IPV6_V6ONLY));
#else
    missing("IPV6_V6ONLY", 0);
#endif
#ifdef IPPROTO_TCP
    seen("IPPROTO_TCP", (long long)(IPPROTO_TCP));
#else
    missing("IPPROTO_TCP", 0);
#endif
#ifdef TCP_CONGESTION
    seen("TCP_CONGESTION", (long long)(TCP_CONGESTION));
#else
    missing("TCP_CONGESTION", 0);
#endif
#ifdef TCP_CORK
    seen("TCP_CORK", (long long)(TCP_CORK));
#else
    missing("TCP_CORK", 0);
#endif
#ifdef TCP_DEFER_ACCEPT
    seen("TCP_DEFER_ACCEPT", (long long)(TCP_DEFER_ACCEPT));
#else
    missing("TCP_DEFER_ACCEPT", 0);
#endif
#ifdef TCP_KEEPCNT
    seen("TCP_KEEPCNT", (long long)(TCP_KEEPCNT));
#else
    missing("TCP_KEEPCNT", 0);
#endif
#ifdef TCP_KEEPIDLE
    seen("TCP_KEEPIDLE", (long long)(TCP_KEEPIDLE));
#else
    missing("TCP_KEEPIDLE", 0);
#endif
#ifdef TCP_KEEPINTVL
    seen("TCP_KEEPINTVL", (long long)(TCP_KEEPINTVL));
#else
    missing("TCP_KEEPINTVL", 0);
#endif
#ifdef TCP_MAXSEG
    seen("TCP_MAXSEG", (long long)(TCP_MAXSEG));
#else
    missing("TCP_MAXSEG", 0);
#endif
#ifdef TCP_NODELAY
    seen("TCP_NODELAY", (long long)(TCP_NODELAY));
#else
    missing("TCP_NODELAY", 0);
#endif
#ifdef TCP_SYNCNT
    seen("TCP_SYNCNT", (long long)(TCP_SYNCNT));
#else
    missing("TCP_SYNCNT", 0);
#endif
#ifdef IP_PMTUDISC_WANT
    seen("IP_PMTUDISC_WANT", (long long)(IP_PMTUDISC_WANT));
#else
    missing("IP_PMTUDISC_WANT", 0);
#endif
#ifdef IP_PMTUDISC_DONT
    seen("IP_PMTUDISC_DONT", (long long)(IP_PMTUDISC_DONT));
#else
    missing("IP_PMTUDISC_DONT", 0);
#endif
#ifdef IP_PMTUDISC_DO
    seen("IP_PMTUDISC_DO", (long long)(IP_PMTUDISC_DO));
#else
    missing("IP_PMTUDISC_DO", 0);
#endif
#ifdef IP_PMTUDISC_PROBE
    seen("IP_PMTUDISC_PROBE", (long long)(IP_PMTUDISC_PROBE));
#else
    missing("IP_PMTUDISC_PROBE", 0);
#endif
#ifdef IPTOS_LOWDELAY
    seen("IPTOS_LOWDELAY", (long long)(IPTOS_LOWDELAY));
#else
    missing("IPTOS_LOWDELAY", 0);
#endif
#ifdef IPTOS_THROUGHPUT
    seen("IPTOS_THROUGHPUT", (long long)(IPTOS_THROUGHPUT));
#else
    missing("IPTOS_THROUGHPUT", 0);
#endif
#ifdef IPTOS_RELIABILITY
    seen("IPTOS_RELIABILITY", (long long)(IPTOS_RELIABILITY));
#else
    missing("IPTOS_RELIABILITY", 0);
#endif
#ifdef IPTOS_MINCOST
    seen("IPTOS_MINCOST", (long long)(IPTOS_MINCOST));
#else
    missing("IPTOS_MINCOST", 0);
#endif
#ifdef MSG_CONFIRM
    seen("MSG_CONFIRM", (long long)(MSG_CONFIRM));
#else
    missing("MSG_CONFIRM", 0);
#endif
#ifdef MSG_CTRUNC
    seen("MSG_CTRUNC", (long long)(MSG_CTRUNC));
#else
    missing("MSG_CTRUNC", 0);
#endif
#ifdef MSG_DONTROUTE
    seen("MSG_DONTROUTE", (long long)(MSG_DONTROUTE));
#else
    missing("MSG_DONTROUTE", 0);
#endif
#ifdef MSG_DONTWAIT
    seen("MSG_DONTWAIT", (long long)(MSG_DONTWAIT));
#else
    missing("MSG_DONTWAIT", 0);
#endif
#ifdef MSG_EOR
    seen("MSG_EOR", (long long)(MSG_EOR));
#else
    missing("MSG_EOR", 0);
#endif
#ifdef MSG_ERRQUEUE
    seen("MSG_ERRQUEUE", (long long)(MSG_ERRQUEUE));
#else
    missing("MSG_ERRQUEUE", 0);
#endif
#ifdef MSG_MORE
    seen("MSG_MORE", (long long)(MSG_MORE));
#else
    missing("MSG_MORE", 0);
#endif
#ifdef MSG_NOSIGNAL
    seen("MSG_NOSIGNAL", (long long)(MSG_NOSIGNAL));
#else
    missing("MSG_NOSIGNAL", 0);
#endif
#ifdef MSG_OOB
    seen("MSG_OOB", (long long)(MSG_OOB));
#else
    missing("MSG_OOB", 0);
#endif
#ifdef MSG_PEEK
    seen("MSG_PEEK", (long long)(MSG_PEEK));
#else
    missing("MSG_PEEK", 0);
#endif
#ifdef MSG_TRUNC
    seen("MSG_TRUNC", (long long)(MSG_TRUNC));
#else
    missing("MSG_TRUNC", 0);
#endif
#ifdef MSG_WAITALL
    seen("MSG_WAITALL", (long long)(MSG_WAITALL));
#else
    missing("MSG_WAITALL", 0);
#endif
}

static void constants_epoll(void) {
#ifdef EPOLLIN
    seen("EPOLLIN", (long long)(EPOLLIN));
#else
    missing("EPOLLIN", 0);
#endif
#ifdef EPOLLOUT
    seen("EPOLLOUT", (long long)(EPOLLOUT));
#else
    missing("EPOLLOUT", 0);
#endif
#ifdef EPOLLERR
    seen("EPOLLERR", (long long)(EPOLLERR));
#else
    missing("EPOLLERR", 0);
#endif
#ifdef EPOLLHUP
    seen("EPOLLHUP", (long long)(EPOLLHUP));
#else
    missing("EPOLLHUP", 0);
#endif
#ifdef EPOLLET
    seen("EPOLLET", (long long)(EPOLLET));
#else
    missing("EPOLLET", 0);
#endif
#ifdef EPOLLONESHOT
    seen("EPOLLONESHOT", (long long)(EPOLLONESHOT));
#else
    missing("EPOLLONESHOT", 0);
#endif
}
