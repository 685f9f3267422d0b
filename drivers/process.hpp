// Running child programs.
#pragma once

#include <string>
#include <vector>

namespace wasix_driver {

struct Command {
    std::vector<std::string> argv;  // argv[0] is the program (absolute path or PATH name)
    std::string path_env;           // value of PATH for the child ("" = inherit)
};

// Runs `cmd` and waits; returns its exit status (128+N if killed by signal N, 127 if it
// could not be started — with a one-line error).
int run_command(const Command& cmd);

// Replaces the current process with `cmd`; only returns (127, with a one-line error) if the
// program could not be started.
int exec_command(const Command& cmd);

// The command line as clang's -### prints it: each argument in double quotes.
std::string quote_for_display(const std::vector<std::string>& argv);

}  // namespace wasix_driver
