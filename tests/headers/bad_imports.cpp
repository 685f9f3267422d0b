// A guest TU with two deliberately wrong imports, linked together with the
// call-all TU: the import check must reject the module, naming both.
//   - wasi_snapshot_preview1.fd_close declared as (i64) -> i32 (spec: (i32) -> i32)
//   - wasix_32v1.fd_dupe, a name the spec does not have
#include <stdint.h>

namespace bad {
__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_close")))
int32_t fd_close(int64_t fd) noexcept;
__attribute__((import_module("wasix_32v1"), import_name("fd_dupe")))
int32_t fd_dupe(int32_t fd, int32_t out) noexcept;
}  // namespace bad

extern "C" __attribute__((export_name("bad_imports"))) int bad_imports(void) {
    return bad::fd_close(1) + bad::fd_dupe(1, 0);
}
