# shellcheck shell=bash
# Sourced by wasix-configure, wasix-make and wasix-cmake (bin/): the environment under which
# a build system compiles for WASIX. Needs WASIX_SDK_ROOT (the SDK: bin/, share/).
#
# Compilers and binutils are always the SDK's (the point of the wrappers); flags and the
# build-machine compiler are defaults the caller's environment overrides.

wasix_die() { echo "$(basename "$0"): error: $*" >&2; exit 1; }

# Sets WASIX_VALUE to the SDK setting NAME (only WASIX_SDK_* names: variables exported for
# other SDKs change nothing); a set one is announced on stderr, once per process. (Variables,
# not output, so that the note comes from this shell and callers need no subshell.)
wasix_setting() {
  local name="$1" what="$2"
  WASIX_VALUE="${!name:-}"
  [ -n "$WASIX_VALUE" ] || return 0
  case " ${WASIX_ANNOUNCED:-} " in
    *" $name "*) ;;
    *) echo "$(basename "$0"): note: $what from $name=$WASIX_VALUE" >&2
       WASIX_ANNOUNCED="${WASIX_ANNOUNCED:-} $name" ;;
  esac
}

# Sets WASIX_TOOL to a wasm-aware LLVM tool (llvm-ar, wasm-ld, …), found as the drivers find
# clang: in $WASIX_SDK_LLVM_BIN when set (NAME, then NAME-19), else Debian's NAME-19 on PATH,
# else /usr/lib/llvm-19/bin/NAME.
wasix_llvm_tool() {
  local name="$1" cand
  WASIX_TOOL=""
  wasix_setting WASIX_SDK_LLVM_BIN "LLVM tools"
  if [ -n "$WASIX_VALUE" ]; then
    for cand in "$WASIX_VALUE/$name" "$WASIX_VALUE/$name-19"; do
      if [ -x "$cand" ]; then WASIX_TOOL="$cand"; return 0; fi
    done
    wasix_die "WASIX_SDK_LLVM_BIN=$WASIX_VALUE has no executable $name or $name-19"
  fi
  for cand in "$name-19" "/usr/lib/llvm-19/bin/$name"; do
    if command -v "$cand" >/dev/null 2>&1; then WASIX_TOOL="$(command -v "$cand")"; return 0; fi
  done
  wasix_die "$name-19 not found (install Debian's llvm-19 and lld-19)"
}

# Sets WASIX_SYSROOT_DIR to the sysroot: $WASIX_SDK_SYSROOT, else the SDK's.
wasix_sysroot() {
  wasix_setting WASIX_SDK_SYSROOT sysroot
  WASIX_SYSROOT_DIR="${WASIX_VALUE:-$WASIX_SDK_ROOT/share/wasix-sysroot}"
}

# pkg-config sees the sysroot's .pc files and never the host's (/usr/lib/pkgconfig would hand
# out host headers and libraries); WASIX_SDK_PKG_CONFIG_PATH adds directories of your own.
wasix_pkg_config_env() {
  local sysroot="$1"
  export PKG_CONFIG_LIBDIR="$sysroot/lib/wasm32-wasi/pkgconfig:$sysroot/lib/pkgconfig:$sysroot/share/pkgconfig"
  wasix_setting WASIX_SDK_PKG_CONFIG_PATH "pkg-config directories"
  export PKG_CONFIG_PATH="$WASIX_VALUE"
  unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_ALLOW_SYSTEM_CFLAGS PKG_CONFIG_ALLOW_SYSTEM_LIBS
}

wasix_buildenv() {
  local sdk="$WASIX_SDK_ROOT" tool
  [ -x "$sdk/bin/wasix-clang" ] || wasix_die "$sdk/bin/wasix-clang missing (a broken SDK)"
  wasix_sysroot
  export CC="$sdk/bin/wasix-clang"
  export CXX="$sdk/bin/wasix-clang++"
  # The SDK's binutils wrappers (bin/wasix-ar, …); checked here, so that a missing LLVM tool
  # fails at configure time and not in the middle of a build.
  for tool in ar ranlib nm strip objcopy objdump; do
    wasix_llvm_tool "llvm-$tool"
    [ -x "$sdk/bin/wasix-$tool" ] || wasix_die "$sdk/bin/wasix-$tool missing (a broken SDK)"
  done
  export AR="$sdk/bin/wasix-ar" RANLIB="$sdk/bin/wasix-ranlib" NM="$sdk/bin/wasix-nm"
  export STRIP="$sdk/bin/wasix-strip" OBJCOPY="$sdk/bin/wasix-objcopy" OBJDUMP="$sdk/bin/wasix-objdump"
  # libtool asks $LD what it can do; the host's ld would answer for ELF.
  wasix_llvm_tool wasm-ld
  export LD="$WASIX_TOOL"
  # Also for Makefiles that run `pkg-config` by name.
  export PKG_CONFIG="$sdk/bin/wasix-pkg-config"
  wasix_pkg_config_env "$WASIX_SYSROOT_DIR"
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
