// wordfree.cpp - wordfree(): frees the words of a wordexp_t (the offsets
// stay NULL slots of the vector) and the vector.
#include <stdlib.h>
#include <wordexp.h>

extern "C" void wordfree(wordexp_t* we) {
    if (!we->we_wordv) return;
    for (size_t i = 0; i < we->we_wordc; ++i) free(we->we_wordv[we->we_offs + i]);
    free(we->we_wordv);
    we->we_wordv = nullptr;
    we->we_wordc = 0;
}
