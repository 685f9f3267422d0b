// hello.cpp - the C++ hello world of the size benchmark (iostream).
#include <iostream>

int main() {
    std::cout << "Hello, world! " << 42 << std::endl;
    return 0;
}
