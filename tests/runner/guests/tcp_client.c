/* Host-networking check, with raw WASIX socket calls (Debian's wasi-libc has
   no sockets). Usage: tcp_client PORT [6]
   Connects to 127.0.0.1:PORT (or [::1]:PORT with "6"), sends "ping from guest\n",
   prints the reply. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WASIX(name) __attribute__((import_module("wasix_32v1"), import_name(name)))
WASIX("sock_open") uint16_t wx_sock_open(int af, int type, int proto, int32_t *fd);
WASIX("sock_connect") uint16_t wx_sock_connect(int fd, const void *addr_port);

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: tcp_client PORT [6]\n"); return 2; }
  int port = atoi(argv[1]);
  int v6 = argc > 2 && strcmp(argv[2], "6") == 0;
  /* addr_port: u8 tag at 0, payload at 2. inet4 payload: u16 port, 4 address
     bytes; inet6 payload: u16 port, 16 address bytes. The port goes in as a
     host-order u16. */
  _Alignas(4) unsigned char addr[128];
  memset(addr, 0, sizeof addr);
  addr[0] = v6 ? 2 : 1;
  uint16_t p = (uint16_t)port;
  memcpy(addr + 2, &p, 2);
  if (v6) addr[4 + 15] = 1;            /* ::1 */
  else { addr[4] = 127; addr[7] = 1; } /* 127.0.0.1 */

  int32_t fd = -1;
  uint16_t err = wx_sock_open(v6 ? 2 : 1, 1 /* stream */, 6 /* tcp */, &fd);
  if (err) { fprintf(stderr, "sock_open: errno %u\n", err); return 3; }
  err = wx_sock_connect(fd, addr);
  if (err) { fprintf(stderr, "sock_connect: errno %u\n", err); return 4; }
  const char *msg = "ping from guest\n";
  if (write(fd, msg, strlen(msg)) != (ssize_t)strlen(msg)) { perror("write"); return 5; }
  char buf[256];
  size_t got = 0;
  ssize_t n;
  while (got < sizeof buf - 1 && (n = read(fd, buf + got, sizeof buf - 1 - got)) > 0) {
    got += (size_t)n;
    if (memchr(buf, '\n', got)) break;
  }
  buf[got] = 0;
  printf("reply: %s", buf);
  close(fd);
  return 0;
}
