// runner_dir.hpp - the directory wasix-run makes in the guest's file system for
// the library (runner/wasix-run.mjs, RUNNER_DIR): the read-only mounts
// (ro_mounts.cpp) and the signal channel (run_signals.hpp). Below /workspace:
// the only place the runtime's API lets the runner write.
#pragma once

#define WASIX_RUNNER_DIR "/workspace/.wasix-run"
