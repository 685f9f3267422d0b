#!/usr/bin/env bash
# build-sysroot.sh OUTDIR
#
# Builds the threaded WASIX sysroot from Debian source packages:
#   OUTDIR/include/wasm32-wasi/          C headers (wasi-libc + musl, threaded)
#   OUTDIR/include/wasm32-wasi/c++/v1/   libc++ headers
#   OUTDIR/lib/wasm32-wasi/              crt1*.o, libc.a (+ pthreads and the
#                                        WASIX glue), libm.a & co (empty),
#                                        libc++.a, libc++abi.a (no exceptions),
#                                        libclang_rt.builtins-wasm32.a
#   OUTDIR/lib/wasm32-wasi/eh/           libc++.a, libc++abi.a, libunwind.a built with
#                                        wasm exceptions (-fwasm-exceptions)
#   OUTDIR/lib/wasm32-wasi/pic/          crt1-command.o, libc.a, the builtins, libc++.a and
#                                        libc++abi.a as position-independent code (-fPIC),
#                                        for programs that load side modules
#   OUTDIR/lib/wasm32-wasi/pic/eh/       the same as eh/, position-independent
# Every object is compiled with --target=wasm32-wasi -matomics -mbulk-memory
# -pthread, so wasm-ld accepts them with --shared-memory --import-memory.
#
# Skips all work when OUTDIR/.stamp matches the hash of: the pinned source
# versions, the contents of sysroot/ (but its documentation and tests/) and
# include/wasix/, and the compiler version. See sysroot/README.md.
#
# Environment: JOBS (default 2), WASIX_CACHE_DIR (default <repo>/.cache),
# WASIX_INCLUDE_DIR (default <repo>/include: the generated <wasix/wasix.hpp>),
# CLANG/CLANGXX/WASM_LD/LLVM_AR/LLVM_RANLIB/LLVM_NM (default the -19 tools).
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 OUTDIR" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
out=$(realpath -m "$1")
cache=$(realpath -m "${WASIX_CACHE_DIR:-$root/.cache}")
wasix_inc=$(realpath -m "${WASIX_INCLUDE_DIR:-$root/include}")
jobs=${JOBS:-2}

CLANG=${CLANG:-clang-19}
CLANGXX=${CLANGXX:-clang++-19}
LLVM_AR=${LLVM_AR:-llvm-ar-19}
LLVM_RANLIB=${LLVM_RANLIB:-llvm-ranlib-19}
LLVM_NM=${LLVM_NM:-llvm-nm-19}
WASM_LD=${WASM_LD:-wasm-ld-19}

log() { printf '[build-sysroot %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'build-sysroot: error: %s\n' "$*" >&2; exit 1; }

for tool in "$CLANG" "$CLANGXX" "$LLVM_AR" "$LLVM_RANLIB" "$LLVM_NM" "$WASM_LD" cmake ninja make patch; do
  command -v "$tool" >/dev/null || die "missing tool: $tool"
done
[[ -f "$wasix_inc/wasix/wasix.hpp" ]] || die "missing $wasix_inc/wasix/wasix.hpp (generate the headers first)"

# --- Up-to-date check ---------------------------------------------------------
source_versions=$(grep -E '^(WASI_LIBC_VERSION|LLVM_VERSION)=' "$here/fetch-sources.sh")
hash_tree() { # DIR... -> one line per file: sha256 and path relative to root
  local d
  for d in "$@"; do
    (cd "$root" && find "${d#"$root"/}" -type f ! -name '*~' ! -name '*.md' ! -path '*/tests/*' -print0 |
      LC_ALL=C sort -z | xargs -0 sha256sum)
  done
}
stamp=$( {
  echo "$source_versions"
  hash_tree "$here"
  (cd "$wasix_inc" && find wasix -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  "$CLANG" --version | head -1
  "$CLANGXX" --version | head -1
  "$WASM_LD" --version
} | sha256sum | cut -d' ' -f1)

if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then
  log "sysroot in $out is up to date"
  exit 0
fi

start_time=$(date +%s)
"$here/fetch-sources.sh" "$cache"

# One build directory per run (several builds may share the cache); leftovers
# of interrupted runs are removed after a while.
mkdir -p "$cache/build"
find "$cache/build" -maxdepth 1 -name 'sysroot-*' -mmin +180 -exec rm -rf {} + 2>/dev/null || true
build="$cache/build/sysroot-$$-${stamp:0:12}"
stage="$build/stage"           # the sysroot being assembled
rm -rf "$build"
mkdir -p "$build" "$stage"

triple=wasm32-wasi
inc="$stage/include/$triple"
lib="$stage/lib/$triple"
# Flags every object of the sysroot is built with.
wasm_flags=(--target=$triple -matomics -mbulk-memory -pthread -mthread-model posix)

# --- 1. wasi-libc (C library, threaded) --------------------------------------
log "1/4 wasi-libc: patching"
libc_src="$build/wasi-libc"
cp -a "$cache/src/wasi-libc" "$libc_src"
for p in "$here"/patches/wasi-libc/*.patch; do
  patch -s -p1 -d "$libc_src" --no-backup-if-mismatch < "$p" || die "patch failed: $p"
done
cp -a "$here/libc-overlay/." "$libc_src/"

log "1/4 wasi-libc: building"
libc_sysroot="$build/libc-sysroot"
# -Wno-deprecated-non-prototype: musl's __syscall_cp.c declares a function
# without a prototype, which clang 19 flags (the snapshot predates it).
libc_cflags="-O2 -DNDEBUG -matomics -mbulk-memory -Wno-deprecated-non-prototype -I$here/src"
make_libc() { # SYSROOT OBJDIR LOG EXTRA_CFLAGS
  nice make -C "$libc_src" -j"$jobs" -s \
    CC="$CLANG" AR="$LLVM_AR" NM="$LLVM_NM" \
    THREAD_MODEL=posix \
    EXTRA_CFLAGS="$libc_cflags $4" \
    SYSROOT="$1" OBJDIR="$2" \
    libc startup_files > "$3" 2>&1 || { tail -40 "$3" >&2; die "wasi-libc build failed (log: $3)"; }
}
make_libc "$libc_sysroot" "$build/libc-obj" "$build/libc.log" ""
# The same libc as position-independent code for programs that load side
# modules (lib/wasm32-wasi/pic/). Built before the SDK's header overlay goes
# over the source tree below, so both builds see the same headers. Default
# visibility (clang's wasm default is hidden): the program exports the libc
# to the side modules it loads.
pic_flags=(-fPIC -fvisibility=default)
log "1/4 wasi-libc: building the position-independent variant"
make_libc "$build/libc-pic-sysroot" "$build/libc-pic-obj" "$build/libc-pic.log" "${pic_flags[*]}"

mkdir -p "$inc" "$lib"
cp -a "$libc_sysroot/include/." "$inc/"
cp -a "$libc_sysroot/lib/$triple/." "$lib/"
# The SDK's own public headers (sysroot/include) go over wasi-libc's.
hook="$here/process-build-hook.sh"
if [[ -x "$hook" ]]; then
  "$hook" headers "$inc"
fi

log "1/4 wasi-libc: SDK sources (sysroot/src)"
glue_obj="$build/glue-obj"
mkdir -p "$glue_obj"
musl="$libc_src/libc-top-half/musl"
# SDK C files may include musl internals (pthread_impl.h); musl's internal
# wrappers include the public headers by relative path (src/include/signal.h
# -> ../../include/signal.h), so the SDK's header overlay goes over the
# (already built, disposable) source tree's public headers too.
if [[ -x "$hook" ]]; then
  "$hook" headers "$musl/include"
fi
c_flags=("${wasm_flags[@]}" -O2 -DNDEBUG -std=gnu17 -Wall -Wextra -Werror
         -Wno-unused-parameter -Wno-sign-compare
         -Wno-missing-braces -Wno-parentheses -Wno-unknown-pragmas
         -fno-trapping-math
         -isystem "$inc"
         -I"$musl/src/include" -I"$musl/src/internal" -I"$musl/arch/wasm32"
         -I"$musl/arch/generic" -I"$libc_src/libc-top-half/headers/private"
         -I"$here/src")
cxx_flags=("${wasm_flags[@]}" -O2 -DNDEBUG -std=c++17 -Wall -Wextra -Werror
           -fno-exceptions -fno-rtti -nostdinc++
           -isystem "$inc" -I"$wasix_inc" -I"$here/src")
compile_layer() { # OBJDIR EXTRA_FLAG... -> layer_objs
  local objdir=$1 f rel o name path a
  shift
  # The assembler takes the code model but has no use for a visibility default.
  local asm_flags=()
  for a in "$@"; do [[ $a == -fvisibility=* ]] || asm_flags+=("$a"); done
  layer_objs=()
  mkdir -p "$objdir"
  while IFS= read -r -d '' f; do
    rel=${f#"$here/src/"}
    o="$objdir/${rel//\//_}.o"
    case "$f" in
      *.c)   "$CLANG" "${c_flags[@]}" "$@" -c "$f" -o "$o" ;;
      *.cpp) "$CLANGXX" "${cxx_flags[@]}" "$@" -c "$f" -o "$o" ;;
      *.s)   "$CLANG" --target=$triple -matomics -mbulk-memory "${asm_flags[@]}" -c "$f" -o "$o" ;;
    esac
    layer_objs+=("$o")
  done < <(find "$here/src" -type f \( -name '*.c' -o -name '*.cpp' -o -name '*.s' \) -print0 | LC_ALL=C sort -z)
  # musl's own network helpers, compiled here rather than by wasi-libc's make:
  # they must see the SDK's <sys/socket.h>, <arpa/inet.h>, <netdb.h> and
  # <net/if.h> (Linux AF_* values; declarations wasi-libc hides or omits).
  # wasi-libc's copies of htonl.o, inet_pton.o & co, built with WASI's AF_INET,
  # are replaced by these like any other member. -Wmissing-prototypes: a
  # function the SDK's headers do not declare fails the build.
  # if_nametoindex, if_indextoname and if_nameindex are not among them: musl
  # asks the kernel (ioctl, netlink), which WASIX has not (src/net/if/).
  for name in "${musl_network[@]}"; do
    o="$objdir/musl_network_$name.c.o"
    "$CLANG" "${c_flags[@]}" "$@" -Wmissing-prototypes -c "$musl/src/network/$name.c" -o "$o"
    layer_objs+=("$o")
  done
  # Other musl functions wasi-libc leaves out because plain WASI lacks what
  # they build on (record locks, O_EXCL temporary files, ...), which the SDK's
  # headers declare and its layer provides; compiled as they are, like the
  # network helpers above. Paths under musl's src/.
  for path in "${musl_other[@]}"; do
    o="$objdir/musl_${path//\//_}.c.o"
    "$CLANG" "${c_flags[@]}" "$@" -Wmissing-prototypes -c "$musl/src/$path.c" -o "$o"
    layer_objs+=("$o")
  done
}
add_layer() { # LIBC_A OBJ... : the SDK objects replace the wasi-libc members defining the same
  local libc_a=$1
  shift
  if [[ -x "$hook" ]]; then
    LLVM_AR="$LLVM_AR" "$hook" prune "$libc_a" "$LLVM_NM" "$@" | LC_ALL=C sort > "$build/overrides.txt"
    # What the layer replaces in wasi-libc is a committed list: a change in the
    # layer or in the Debian source that changes it must be seen and committed.
    # WASIX_UPDATE_OVERRIDES=1 rewrites the list instead (keeping its comments).
    if ! grep -v '^#' "$here/overrides.txt" | diff -u - "$build/overrides.txt" > "$build/overrides.diff"; then
      cat "$build/overrides.diff" >&2
      if [[ "${WASIX_UPDATE_OVERRIDES:-0}" == 1 ]]; then
        { grep '^#' "$here/overrides.txt"; cat "$build/overrides.txt"; } > "$here/overrides.txt.new"
        mv "$here/overrides.txt.new" "$here/overrides.txt"
        log "updated sysroot/overrides.txt (WASIX_UPDATE_OVERRIDES=1)"
      else
        die "the wasi-libc members the SDK replaces differ from sysroot/overrides.txt (diff above; rerun with WASIX_UPDATE_OVERRIDES=1 to accept)"
      fi
    fi
  fi
  "$LLVM_AR" rs "$libc_a" "$@"
}
musl_network=(htonl htons ntohl ntohs inet_aton inet_addr inet_ntoa inet_legacy
              inet_pton inet_ntop h_errno herror hstrerror if_freenameindex)
musl_other=(misc/lockf temp/mkstemp temp/mkostemp temp/mkstemps temp/mkostemps
            temp/mkdtemp temp/mktemp legacy/err legacy/valloc malloc/memalign
            unistd/getlogin unistd/getlogin_r sched/sched_cpucount legacy/daemon
            misc/get_current_dir_name legacy/futimes legacy/lutimes ipc/ftok)
compile_layer "$glue_obj"
add_layer "$lib/libc.a" "${layer_objs[@]}"

log "1/4 wasi-libc: SDK sources, position-independent"
pic_lib="$lib/pic"
mkdir -p "$pic_lib"
cp "$build/libc-pic-sysroot/lib/$triple/libc.a" "$build/libc-pic-sysroot/lib/$triple/crt1-command.o" "$pic_lib/"
compile_layer "$build/glue-pic-obj" "${pic_flags[@]}"
add_layer "$pic_lib/libc.a" "${layer_objs[@]}"
# Symbols of a position-independent program that the runtime's dynamic linker
# provides (the linker does not define them in a -pie link): malloc's heap
# start, and the tags of C++ exceptions and of the exception-based longjmp,
# which clang defines only in code that is not position-independent (the
# program and its side modules import the one tag, so an exception thrown in
# one is caught in another). The drivers pass the list as
# --allow-undefined-file.
printf '%s\n' __heap_base __cpp_exception __c_longjmp > "$pic_lib/runtime-imports.txt"
# The linker flags every program linked with this libc needs: the layer wraps
# wasi-libc's calls that change the file system (__support/ro_mounts.cpp). A
# response file, so the drivers and the check links below pass the one list.
cp "$here/libc-wraps.rsp" "$lib/libc-wraps.rsp"

# Empty placeholder archives, as wasi-libc's "finish" target makes them: their
# functions live in libc.a. So do those of wasi-libc's mmap and process-clock
# emulations (the layer's mmap, clock, times, getrusage): a build that still
# asks for them links the layer's versions.
for name in m rt pthread crypt util xnet resolv dl wasi-emulated-mman wasi-emulated-process-clocks; do
  rm -f "$lib/lib$name.a"
  "$LLVM_AR" crs "$lib/lib$name.a"
done

# --- 2. compiler-rt builtins ----------------------------------------------------
log "2/4 compiler-rt builtins"
llvm="$cache/src/llvm"
toolchain_file="$here/cmake/wasm32-wasix-threads.cmake"
common_cmake=(-G Ninja
  -DCMAKE_TOOLCHAIN_FILE="$toolchain_file"
  -DWASIX_SYSROOT="$stage"
  -DWASIX_CLANG="$(command -v "$CLANG")" -DWASIX_CLANGXX="$(command -v "$CLANGXX")"
  -DWASIX_AR="$(command -v "$LLVM_AR")" -DWASIX_RANLIB="$(command -v "$LLVM_RANLIB")"
  -DWASIX_NM="$(command -v "$LLVM_NM")"
  -DCMAKE_BUILD_TYPE=MinSizeRel)
build_builtins() { # BUILDDIR DESTFILE CMAKE_ARG...
  local dir=$1 dest=$2 a
  shift 2
  cmake -S "$llvm/compiler-rt/lib/builtins" -B "$dir" "${common_cmake[@]}" \
    -DCOMPILER_RT_BAREMETAL_BUILD=ON \
    -DCOMPILER_RT_DEFAULT_TARGET_ONLY=ON \
    -DCOMPILER_RT_INCLUDE_TESTS=OFF \
    -DCOMPILER_RT_OS_DIR=wasi \
    -DCMAKE_C_COMPILER_TARGET=$triple \
    -DCMAKE_ASM_COMPILER_TARGET=$triple \
    -DLLVM_CMAKE_DIR="$llvm/llvm/cmake/modules" "$@" \
    > "$dir-config.log" 2>&1 || { tail -40 "$dir-config.log" >&2; die "builtins: cmake failed"; }
  nice ninja -C "$dir" -j"$jobs" > "$dir.log" 2>&1 || { tail -40 "$dir.log" >&2; die "builtins build failed"; }
  a=$(find "$dir" -name 'libclang_rt.builtins*.a' | head -1)
  [[ -n "$a" ]] || die "builtins archive not found"
  cp "$a" "$dest"
}
build_builtins "$build/builtins" "$lib/libclang_rt.builtins-wasm32.a"
build_builtins "$build/builtins-pic" "$pic_lib/libclang_rt.builtins-wasm32.a" \
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON

# --- 3. libc++abi + libc++ (LLVM "runtimes" build), without and with exceptions --
# Two builds from the same sources: lib/wasm32-wasi/ gets the one without exceptions
# (-fno-exceptions programs and C carry no exception code), lib/wasm32-wasi/eh/ the one with
# wasm exceptions plus the wasm unwinder (libunwind.a); the drivers pick the directory from
# the exception flags. The headers are the same for both (checked below): whether code uses
# exceptions is decided by the compiler flags, not by __config_site.
# Threads ON over pthreads. The filesystem library is ON (in LLVM 19 it also gates
# <fstream>); what it needs from the libc is declared by patch 0007 and defined in src/misc/.
# Its sources also use DT_SOCK, which the libc cannot define publicly (its S_IFSOCK equals
# S_IFIFO): DT_FIFO means stream sockets in this libc, so DT_SOCK gets the datagram-socket
# type, for the libc++ build only.
# With PIC=pic the objects are position-independent (-fPIC) with default visibility, for
# programs linked with -fPIC: such a program exports its libc++ to the side modules it loads.
build_runtimes() { # NAME EXCEPTIONS(ON|OFF) [PIC] -> $build/runtimes-NAME-install
  local name=$1 eh=$2 pic=${3:-} rt="$build/runtimes-$1"
  local cxx_extra="-DDT_SOCK=__WASI_FILETYPE_SOCKET_DGRAM" abi_extra="" pic_cmake=()
  if [[ $eh == ON ]]; then
    # Legacy wasm EH (the form clang-19 emits and Node 20 runs). libc++abi's personality
    # and __cxa_throw call the unwinder through <unwind.h>: libunwind's, which declares the
    # wasm entry points.
    cxx_extra+=";-fwasm-exceptions"
    abi_extra="-fwasm-exceptions;-I$llvm/libunwind/include"
  fi
  if [[ $pic == pic ]]; then
    # libc++ compiles with -fvisibility=hidden and marks its interface; the flags given here
    # come after that, so everything a program links can be imported by its side modules
    # (the inline functions stay hidden: a side module compiles its own).
    pic_cmake=(-DCMAKE_POSITION_INDEPENDENT_CODE=ON)
    cxx_extra+=";${pic_flags[1]}"
    abi_extra+="${abi_extra:+;}${pic_flags[1]}"
  fi
  cmake -S "$llvm/runtimes" -B "$rt" "${common_cmake[@]}" "${pic_cmake[@]}" \
    -DLLVM_ENABLE_RUNTIMES="libcxx;libcxxabi" \
    -DCMAKE_C_COMPILER_TARGET=$triple -DCMAKE_CXX_COMPILER_TARGET=$triple \
    -DCMAKE_INSTALL_PREFIX="$rt-install" \
    -DLLVM_INCLUDE_TESTS=OFF -DLLVM_INCLUDE_DOCS=OFF \
    -DLIBCXX_INCLUDE_TESTS=OFF -DLIBCXX_INCLUDE_BENCHMARKS=OFF -DLIBCXXABI_INCLUDE_TESTS=OFF \
    -DLIBCXX_ENABLE_SHARED=OFF -DLIBCXXABI_ENABLE_SHARED=OFF \
    -DLIBCXX_ENABLE_STATIC=ON -DLIBCXXABI_ENABLE_STATIC=ON \
    -DLIBCXX_ENABLE_THREADS=ON -DLIBCXXABI_ENABLE_THREADS=ON \
    -DLIBCXX_HAS_PTHREAD_API=ON -DLIBCXXABI_HAS_PTHREAD_API=ON \
    -DLIBCXX_HAS_EXTERNAL_THREAD_API=OFF \
    -DLIBCXX_ENABLE_EXCEPTIONS=$eh -DLIBCXXABI_ENABLE_EXCEPTIONS=$eh \
    -DLIBCXX_ENABLE_RTTI=ON \
    -DLIBCXX_ENABLE_FILESYSTEM=ON \
    -DLIBCXX_ADDITIONAL_COMPILE_FLAGS="$cxx_extra" \
    -DLIBCXXABI_ADDITIONAL_COMPILE_FLAGS="$abi_extra" \
    -DLIBCXX_ENABLE_MONOTONIC_CLOCK=ON \
    -DLIBCXX_ENABLE_WIDE_CHARACTERS=ON \
    -DLIBCXX_ENABLE_LOCALIZATION=ON \
    -DLIBCXX_ENABLE_TIME_ZONE_DATABASE=OFF \
    -DLIBCXX_ENABLE_RANDOM_DEVICE=ON \
    -DLIBCXX_USE_COMPILER_RT=ON -DLIBCXXABI_USE_COMPILER_RT=ON \
    -DLIBCXXABI_USE_LLVM_UNWINDER=OFF \
    -DLIBCXXABI_ENABLE_STATIC_UNWINDER=OFF \
    -DLIBCXX_CXX_ABI=libcxxabi \
    -DLIBCXX_HAS_MUSL_LIBC=ON \
    -DLIBCXX_ENABLE_STATIC_ABI_LIBRARY=OFF \
    -DLIBCXXABI_SILENT_TERMINATE=ON \
    -DLIBCXX_ABI_VERSION=2 \
    -DLIBCXX_HARDENING_MODE=none \
    -DLIBCXXABI_HAS_CXA_THREAD_ATEXIT_IMPL=OFF \
    -DLIBCXX_LIBDIR_SUFFIX=/$triple -DLIBCXXABI_LIBDIR_SUFFIX=/$triple \
    -DLIBCXX_INSTALL_INCLUDE_DIR="include/$triple/c++/v1" \
    -DLIBCXX_INSTALL_INCLUDE_TARGET_DIR="include/$triple/c++/v1" \
    > "$rt-config.log" 2>&1 || { tail -60 "$rt-config.log" >&2; die "runtimes ($name): cmake failed"; }
  nice ninja -C "$rt" -j"$jobs" cxx cxxabi > "$rt.log" 2>&1 || { grep -m20 -A5 'error' "$rt.log" >&2; die "libc++ ($name) build failed (log: $rt.log)"; }
  nice ninja -C "$rt" install-cxx-headers install-cxxabi-headers install-cxx install-cxxabi > "$rt-install.log" 2>&1 || { tail -30 "$rt-install.log" >&2; die "libc++ ($name) install failed"; }
}
copy_runtimes_libs() { # NAME DESTDIR
  local a f
  mkdir -p "$2"
  for a in libc++.a libc++abi.a libc++experimental.a; do
    f=$(find "$build/runtimes-$1-install/lib" -name "$a" | head -1)
    [[ -n "$f" ]] && cp "$f" "$2/$a"
  done
  [[ -f "$2/libc++.a" && -f "$2/libc++abi.a" ]] || die "libc++.a / libc++abi.a ($1) missing after install"
}

log "3/4 libc++abi + libc++ without exceptions"
build_runtimes noexcept OFF
cp -a "$build/runtimes-noexcept-install/include/." "$stage/include/"
copy_runtimes_libs noexcept "$lib"

log "3/4 libc++abi + libc++ with exceptions, libunwind"
build_runtimes eh ON
same_headers() { # NAME: its headers must be those of the first build (static, without exceptions)
  diff -r "$build/runtimes-noexcept-install/include" "$build/runtimes-$1-install/include" > "$build/$1-headers.diff" ||
    { cat "$build/$1-headers.diff" >&2; die "the libc++ headers of the $1 build differ from the others"; }
}
same_headers eh
eh_lib="$lib/eh"
copy_runtimes_libs eh "$eh_lib"
# The unwinder and the report of uncaught exceptions, added to the libraries in DESTDIR.
add_eh_objects() { # DESTDIR OBJDIR EXTRA_FLAG...
  local dest=$1 objdir=$2 f
  shift 2
  mkdir -p "$objdir"
  # The unwinder: for wasm only Unwind-wasm.c (the other sources are for DWARF/SEH/ARM
  # unwinding and its assembly files know no wasm target), so it is compiled here rather than
  # by the runtimes build. Its symbols stay hidden, also when position-independent: a side
  # module with catch blocks links its own copy (the landing-pad context is a thread-local
  # its catch blocks address in their own module), the program keeps its own.
  "$CLANG" "${wasm_flags[@]}" -fwasm-exceptions -Os -DNDEBUG -std=c99 -D_LIBUNWIND_HIDE_SYMBOLS \
    -D_LIBUNWIND_IS_NATIVE_ONLY "$@" -fvisibility=hidden -I"$llvm/libunwind/include" \
    -c "$llvm/libunwind/src/Unwind-wasm.c" -o "$objdir/Unwind-wasm.o"
  rm -f "$dest/libunwind.a"
  "$LLVM_AR" crs "$dest/libunwind.a" "$objdir/Unwind-wasm.o"
  # Uncaught exceptions end in std::terminate with the native-style report (main and thread
  # entries; see the files), as members of libc++abi.a that the drivers' --wrap flags pull in.
  for f in verbose_terminate thread_terminate; do
    "$CLANGXX" "${wasm_flags[@]}" -fwasm-exceptions -O2 -DNDEBUG -std=c++17 -Wall -Wextra -Werror "$@" \
      -I"$llvm/libunwind/include" --sysroot="$stage" -c "$here/libcxx-eh/$f.cpp" -o "$objdir/wasix_$f.o"
    "$LLVM_AR" rs "$dest/libc++abi.a" "$objdir/wasix_$f.o"
  done
}
add_eh_objects "$eh_lib" "$build/eh-obj"

# The same two builds position-independent, for programs linked with -fPIC (pic/, pic/eh/).
log "3/4 libc++abi + libc++ without exceptions, position-independent"
build_runtimes pic-noexcept OFF pic
same_headers pic-noexcept
copy_runtimes_libs pic-noexcept "$pic_lib"
log "3/4 libc++abi + libc++ with exceptions, libunwind, position-independent"
build_runtimes pic-eh ON pic
same_headers pic-eh
copy_runtimes_libs pic-eh "$pic_lib/eh"
add_eh_objects "$pic_lib/eh" "$build/eh-pic-obj" "${pic_flags[@]}"

# --- 4. check and install ---------------------------------------------------------
log "4/4 checking objects and installing into $out"
# Every archive member must carry the atomics and bulk-memory features (or
# wasm-ld refuses --shared-memory): link a tiny threaded program as a test.
check="$build/check"
mkdir -p "$check"
# The drivers link every program with --wrap for wasi-libc's calls that change the file system
# (drivers/link_flags.cpp; the wrappers are __support/ro_mounts.cpp), and a member that calls
# the originals (__real_…) only links with them.
driver_wraps=("@$lib/libc-wraps.rsp")
cat > "$check/t.c" <<'EOF'
#include <pthread.h>
#include <stdio.h>
static void *run(void *p) { printf("thread %d\n", *(int *)p); return p; }
int main(void) { int v = 1; pthread_t t; pthread_create(&t, 0, run, &v); pthread_join(t, 0); return 0; }
EOF
"$CLANG" "${wasm_flags[@]}" --sysroot="$stage" -O2 -c "$check/t.c" -o "$check/t.o"
"$WASM_LD" -m wasm32 --shared-memory --import-memory --max-memory=67108864 \
  -L"$lib" "$lib/crt1-command.o" "$check/t.o" -lc "$lib/libclang_rt.builtins-wasm32.a" \
  --export=__stack_pointer --export=__tls_base --export=__tls_size --export=__tls_align \
  --export=__wasm_init_tls "${driver_wraps[@]}" -o "$check/t.wasm" || die "test link of a threaded program failed"
# The same as a position-independent program (what wasix-clang -fPIC links).
"$CLANG" "${wasm_flags[@]}" "${pic_flags[@]}" --sysroot="$stage" -O2 -c "$check/t.c" -o "$check/t-pic.o"
"$WASM_LD" -m wasm32 -pie --experimental-pic --export-dynamic --shared-memory --import-memory \
  --max-memory=67108864 -L"$pic_lib" "$pic_lib/crt1-command.o" "$check/t-pic.o" -lc \
  "$pic_lib/libclang_rt.builtins-wasm32.a" --allow-undefined-file="$pic_lib/runtime-imports.txt" \
  "${driver_wraps[@]}" -o "$check/t-pic.wasm" ||
  die "test link of a position-independent threaded program failed"
# And a position-independent C++ program with exceptions (what wasix-clang++ -fPIC links).
printf '%s\n' '#include <stdexcept>' '#include <string>' \
  'int main(int argc, char **) { try { if (argc) throw std::runtime_error(std::to_string(argc)); } catch (const std::exception &e) { return e.what()[0] - 0x31; } return 1; }' \
  > "$check/t.cpp"
"$CLANGXX" "${wasm_flags[@]}" "${pic_flags[@]}" -fwasm-exceptions --sysroot="$stage" -O2 -c "$check/t.cpp" -o "$check/t-cxx-pic.o"
"$WASM_LD" -m wasm32 -pie --experimental-pic --export-dynamic --shared-memory --import-memory \
  --max-memory=67108864 -L"$pic_lib/eh" -L"$pic_lib" "$pic_lib/crt1-command.o" "$check/t-cxx-pic.o" \
  -lc++ -lc++abi -lunwind -lc "$pic_lib/libclang_rt.builtins-wasm32.a" \
  --allow-undefined-file="$pic_lib/runtime-imports.txt" "${driver_wraps[@]}" -o "$check/t-cxx-pic.wasm" ||
  die "test link of a position-independent C++ program failed"

rm -rf "$out.tmp"
mkdir -p "$(dirname "$out")"
cp -a "$stage" "$out.tmp"
echo "$stamp" > "$out.tmp/.stamp"
rm -rf "$out"
mv "$out.tmp" "$out"
[[ -n "${KEEP_BUILD:-}" ]] || rm -rf "$build"
log "done in $(( $(date +%s) - start_time )) s: $out"
