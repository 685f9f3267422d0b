/* cwd_files ABSPATH: prints the working directory, the first line of
 * in.txt (relative) and of ABSPATH, and writes out.txt (relative). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void first_line(const char* label, const char* path) {
    char line[128] = "";
    FILE* f = fopen(path, "r");
    if (f) {
        if (!fgets(line, sizeof line, f)) line[0] = '\0';
        fclose(f);
    } else {
        snprintf(line, sizeof line, "<%s>", path);
    }
    line[strcspn(line, "\n")] = '\0';
    printf("%s: %s\n", label, line);
}

int main(int argc, char** argv) {
    char cwd[1024];
    printf("cwd: %s\n", getcwd(cwd, sizeof cwd) ? cwd : "<none>");
    first_line("relative", "in.txt");
    if (argc > 1) first_line("absolute", argv[1]);
    FILE* f = fopen("out.txt", "w");
    if (!f || fputs("from the guest\n", f) < 0 || fclose(f) != 0) return 1;
    return 0;
}
