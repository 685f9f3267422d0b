# shellcheck shell=bash
# Sourced by wasix-configure, wasix-make and wasix-cmake (bin/): the environment under which
# a build system compiles for WASIX. Needs WASIX_SDK_ROOT (the SDK: bin/, share/).
#
# Compilers and binutils are always the SDK's (the point of the wrappers); flags and the
# build-machine compiler are defaults the caller's environment overrides.

wasix_die() { echo "$(basename "$0"): error: $*" >&2; exit 1; }

# A wasm-aware binutil: $WASI_SDK_PATH/bin/NAME, else Debian's NAME-19, else NAME.
wasix_llvm_tool() {
  local name="$1" cand
  if [ -n "${WASI_SDK_PATH:-}" ] && [ -x "$WASI_SDK_PATH/bin/$name" ]; then
    echo "$WASI_SDK_PATH/bin/$name"; return
  fi
  for cand in "$name-19" "/usr/lib/llvm-19/bin/$name" "$name"; do
    if command -v "$cand" >/dev/null 2>&1; then command -v "$cand"; return; fi
  done
  wasix_die "$name not found (install llvm-19, or set WASI_SDK_PATH)"
}

# pkg-config sees the sysroot's .pc files and never the host's (/usr/lib/pkgconfig would hand
# out host headers and libraries); WASIX_PKG_CONFIG_PATH adds directories of your own.
wasix_pkg_config_env() {
  local sysroot="$1"
  export PKG_CONFIG_LIBDIR="$sysroot/lib/wasm32-wasi/pkgconfig:$sysroot/lib/pkgconfig:$sysroot/share/pkgconfig"
  export PKG_CONFIG_PATH="${WASIX_PKG_CONFIG_PATH:-}"
  unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_ALLOW_SYSTEM_CFLAGS PKG_CONFIG_ALLOW_SYSTEM_LIBS
}

wasix_buildenv() {
  local sdk="$WASIX_SDK_ROOT"
  local sysroot="${WASIX_SYSROOT:-$sdk/share/wasix-sysroot}"
  [ -x "$sdk/bin/wasix-clang" ] || wasix_die "$sdk/bin/wasix-clang missing (a broken SDK)"
  export CC="$sdk/bin/wasix-clang"
  export CXX="$sdk/bin/wasix-clang++"
  export AR; AR="$(wasix_llvm_tool llvm-ar)"
  export RANLIB; RANLIB="$(wasix_llvm_tool llvm-ranlib)"
  export NM; NM="$(wasix_llvm_tool llvm-nm)"
  export STRIP; STRIP="$(wasix_llvm_tool llvm-strip)"
  export OBJCOPY; OBJCOPY="$(wasix_llvm_tool llvm-objcopy)"
  # libtool asks $LD what it can do; the host's ld would answer for ELF.
  export LD; LD="$(wasix_llvm_tool wasm-ld)"
  # Also for Makefiles that run `pkg-config` by name.
  export PKG_CONFIG="$sdk/bin/wasix-pkg-config"
  wasix_pkg_config_env "$sysroot"
  # Without -O a module is twice the size and much slower; autoconf's own default, -g -O2,
  # carries DWARF into every object.
  export CFLAGS="${CFLAGS--O2}"
  export CXXFLAGS="${CXXFLAGS--O2}"
  # Programs a package builds to run during its own build (generators) are built for the
  # build machine, by the names autoconf macros and Makefiles use for that compiler.
  export CC_FOR_BUILD="${CC_FOR_BUILD:-cc}"
  export BUILD_CC="${BUILD_CC:-$CC_FOR_BUILD}"
  export CXX_FOR_BUILD="${CXX_FOR_BUILD:-c++}"
  # Answers for configure checks that would run a program (see share/wasix/config.site).
  export CONFIG_SITE="${CONFIG_SITE:-$sdk/share/wasix/config.site}"
  # Test programs (automake's `make check`) run under the runtime, scripts directly.
  export LOG_COMPILER="${LOG_COMPILER:-$sdk/bin/wasix-exec}"
}
