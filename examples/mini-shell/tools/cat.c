/* cat.c - copies its files (or stdin) to stdout. */
#include <stdio.h>

static int copy(FILE *f) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
    return ferror(f) ? 1 : 0;
}

int main(int argc, char **argv) {
    int rc = 0;
    if (argc == 1) return copy(stdin);
    for (int i = 1; i < argc; ++i) {
        FILE *f = fopen(argv[i], "r");
        if (!f) {
            perror(argv[i]);
            rc = 1;
            continue;
        }
        rc |= copy(f);
        fclose(f);
    }
    return rc;
}
