/*
 * http-server: a small static-file HTTP/1.1 server - one thread per
 * connection, blocking sockets - that serves a directory. Plain POSIX C.
 *
 *   dist/bin/wasix-clang -O2 -pthread examples/http-server/http-server.c -o http-server.wasm
 *   dist/bin/wasix-run --dir examples/http-server/www:/workspace/www \
 *       http-server.wasm /workspace/www 8080
 *   curl http://127.0.0.1:8080/hello.txt
 *
 * Usage: http-server [DIRECTORY [PORT [ADDRESS]]]  (defaults: ., 8080, 127.0.0.1)
 * GET and HEAD; index.html or a listing for directories; no "..".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *root = ".";

static const char *content_type(const char *path) {
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".htm", "text/html; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"}, {".css", "text/css"},
        {".js", "text/javascript"},            {".json", "application/json"},
        {".png", "image/png"},                 {".jpg", "image/jpeg"},
        {".gif", "image/gif"},                 {".svg", "image/svg+xml"},
        {".wasm", "application/wasm"},
    };
    const char *dot = strrchr(path, '.');
    if (dot)
        for (size_t i = 0; i < sizeof types / sizeof types[0]; ++i)
            if (strcmp(dot, types[i].ext) == 0) return types[i].type;
    return "application/octet-stream";
}

static int send_all(int fd, const void *data, size_t len) {
    const char *p = data;
    while (len > 0) {
        ssize_t w = send(fd, p, len, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

static void send_headers(int fd, int status, const char *reason, const char *type, long long length) {
    char head[512];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %d %s\r\nServer: wasix-http-server\r\nContent-Type: %s\r\n"
                     "Content-Length: %lld\r\nConnection: close\r\n\r\n",
                     status, reason, type, length);
    send_all(fd, head, (size_t)n);
}

static void send_error(int fd, int status, const char *reason, int head_only) {
    char body[128];
    int n = snprintf(body, sizeof body, "%d %s\n", status, reason);
    send_headers(fd, status, reason, "text/plain; charset=utf-8", n);
    if (!head_only) send_all(fd, body, (size_t)n);
}

static void send_file(int fd, const char *path, long long size, int head_only) {
    int f = open(path, O_RDONLY);
    if (f < 0) { send_error(fd, 403, "Forbidden", head_only); return; }
    send_headers(fd, 200, "OK", content_type(path), size);
    if (!head_only) {
        char buf[65536];
        ssize_t r;
        while ((r = read(f, buf, sizeof buf)) > 0)
            if (send_all(fd, buf, (size_t)r) != 0) break;
    }
    close(f);
}

static void send_listing(int fd, const char *path, const char *url, int head_only) {
    DIR *d = opendir(path);
    if (!d) { send_error(fd, 403, "Forbidden", head_only); return; }
    size_t cap = 4096, len = 0;
    char *body = malloc(cap);
    len += (size_t)snprintf(body, cap, "<!doctype html><title>%s</title><h1>Index of %s</h1><ul>\n", url, url);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        size_t need = len + 2 * strlen(e->d_name) + strlen(url) + 64;
        if (need > cap) {
            while (need > cap) cap *= 2;
            body = realloc(body, cap);
        }
        len += (size_t)snprintf(body + len, cap - len, "<li><a href=\"%s%s%s\">%s</a></li>\n", url,
                                url[strlen(url) - 1] == '/' ? "" : "/", e->d_name, e->d_name);
    }
    closedir(d);
    len += (size_t)snprintf(body + len, cap - len, "</ul>\n");
    send_headers(fd, 200, "OK", "text/html; charset=utf-8", (long long)len);
    if (!head_only) send_all(fd, body, len);
    free(body);
}

static void handle(int fd) {
    char req[8192];
    size_t len = 0;
    /* read the request head */
    while (len < sizeof req - 1) {
        ssize_t r = recv(fd, req + len, sizeof req - 1 - len, 0);
        if (r <= 0) return;
        len += (size_t)r;
        req[len] = '\0';
        if (strstr(req, "\r\n\r\n") || strstr(req, "\n\n")) break;
    }
    char method[16], url[2048];
    if (sscanf(req, "%15s %2047s", method, url) != 2) { send_error(fd, 400, "Bad Request", 0); return; }
    int head_only = strcmp(method, "HEAD") == 0;
    if (!head_only && strcmp(method, "GET") != 0) { send_error(fd, 405, "Method Not Allowed", 0); return; }
    char *q = strchr(url, '?');
    if (q) *q = '\0';
    if (url[0] != '/' || strstr(url, "..")) { send_error(fd, 400, "Bad Request", head_only); return; }
    char path[4096];
    snprintf(path, sizeof path, "%s%s", root, url);
    struct stat st;
    if (stat(path, &st) != 0) { send_error(fd, 404, "Not Found", head_only); return; }
    if (S_ISDIR(st.st_mode)) {
        char index[4200];
        snprintf(index, sizeof index, "%s/index.html", path);
        struct stat ist;
        if (stat(index, &ist) == 0 && S_ISREG(ist.st_mode)) send_file(fd, index, (long long)ist.st_size, head_only);
        else send_listing(fd, path, url, head_only);
        return;
    }
    send_file(fd, path, (long long)st.st_size, head_only);
}

static void *connection(void *arg) {
    int fd = (int)(long)arg;
    handle(fd);
    shutdown(fd, SHUT_WR);
    close(fd);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc > 1) root = argv[1];
    const char *port = argc > 2 ? argv[2] : "8080";
    const char *addr = argc > 3 ? argv[3] : "127.0.0.1";
    struct stat st;
    if (stat(root, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "http-server: %s is not a directory\n", root);
        return 1;
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int err = getaddrinfo(addr, port, &hints, &res);
    if (err != 0) {
        fprintf(stderr, "http-server: %s:%s: %s\n", addr, port, gai_strerror(err));
        return 1;
    }
    int l = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    int one = 1;
    setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (l < 0 || bind(l, res->ai_addr, res->ai_addrlen) != 0 || listen(l, 64) != 0) {
        perror("http-server: bind/listen");
        return 1;
    }
    freeaddrinfo(res);
    printf("http-server: serving %s on http://%s:%s/\n", root, addr, port);
    fflush(stdout);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (;;) {
        int c = accept(l, NULL, NULL);
        if (c < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == ECONNABORTED) continue;
            perror("http-server: accept");
            return 1;
        }
        pthread_t t;
        if (pthread_create(&t, &attr, connection, (void *)(long)c) != 0) {
            handle(c); /* no thread available: serve inline */
            close(c);
        }
    }
}
