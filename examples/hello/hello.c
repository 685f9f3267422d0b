// A tiny threaded hello world for the WASIX SDK: two threads print, main joins them.
//
//   dist/bin/wasix-clang -O2 examples/hello/hello.c -o hello.wasm
//   dist/bin/wasix-run hello.wasm
#include <pthread.h>
#include <stdio.h>

static void* say_hello(void* arg) {
    const int id = *(const int*)arg;
    printf("hello from thread %d\n", id);
    return NULL;
}

int main(void) {
    pthread_t threads[2];
    int ids[2] = {1, 2};
    for (int i = 0; i < 2; ++i) {
        if (pthread_create(&threads[i], NULL, say_hello, &ids[i]) != 0) {
            fprintf(stderr, "hello: pthread_create failed\n");
            return 1;
        }
    }
    for (int i = 0; i < 2; ++i) pthread_join(threads[i], NULL);
    printf("hello from main: 2 threads joined\n");
    return 0;
}
