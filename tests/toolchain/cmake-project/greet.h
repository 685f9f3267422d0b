#pragma once
#ifdef __cplusplus
extern "C" {
#endif
// Writes "hello NAME" into buf.
void greet(char* buf, unsigned size, const char* name);
#ifdef __cplusplus
}
#endif
