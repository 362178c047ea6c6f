#!/usr/bin/env bash
# Cross-builds ml-connector for Windows x86_64 (mingw-w64 + the Qt 6.4.2 mingw SDK) and runs the
# tests labelled "windows" under wine. Idempotent; used by CI. Exits non-zero on any failure.
#
# Usage: scripts/build-windows.sh [--clean] [--no-tests] [--keep-going] [-j N] [-- <extra ctest args>]
#   --clean      remove the build dir first (the SDK and the wine prefix are kept)
#   --no-tests   configure and build only
#   --keep-going run the tests that did build even if some targets failed (still exits non-zero)
#   -j N         ninja jobs (default 2)
#   after --     passed to ctest, e.g. -- -R tst_decimal
# Environment (all optional):
#   BUILD_ROOT    where the SDK is unpacked             (default build-win-sdk)
#   BUILD_DIR     the cmake build dir                   (default build-win)
#   SDK_TARBALL   the Qt mingw SDK                      (default ../shared/toolchains/qt6-mingw-sdk.tar.xz)
#   WINEPREFIX    the wine prefix, created once          (default $BUILD_DIR/wineprefix)
#   CTEST_JOBS    tests run in parallel                 (default 2)
#   BUILD_TYPE    CMAKE_BUILD_TYPE                       (default Release; the SDK is release-only)
# Logs: $BUILD_DIR/logs/ (configure.log, wineboot.log, ctest.log, ctest-junit.xml).
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

BUILD_ROOT=${BUILD_ROOT:-build-win-sdk}
BUILD_DIR=${BUILD_DIR:-build-win}
SDK_TARBALL=$(realpath -m "${SDK_TARBALL:-$REPO/../shared/toolchains/qt6-mingw-sdk.tar.xz}")
CTEST_JOBS=${CTEST_JOBS:-2}
BUILD_TYPE=${BUILD_TYPE:-Release}
JOBS=2
CLEAN=0
RUN_TESTS=1
KEEP_GOING=0
BUILD_FAILED=0
CTEST_EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clean) CLEAN=1 ;;
    --no-tests) RUN_TESTS=0 ;;
    --keep-going) KEEP_GOING=1 ;;
    -j) shift; JOBS=${1:?-j needs a number} ;;
    -j*) JOBS=${1#-j} ;;
    --) shift; CTEST_EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-windows: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$BUILD_ROOT" "$BUILD_DIR"
BUILD_ROOT=$(cd "$BUILD_ROOT" && pwd)
BUILD_DIR_ABS=$(cd "$BUILD_DIR" && pwd)
SDK="$BUILD_ROOT/qt6-mingw-sdk"
LOGS="$BUILD_DIR_ABS/logs"
export WINEPREFIX=$(realpath -m "${WINEPREFIX:-$BUILD_DIR_ABS/wineprefix}") # wine needs it absolute
# -all also silences the launcher's "it looks like wine32 is missing" hint (64-bit only here).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
# No X server is needed (tests use the offscreen platform); an unreachable DISPLAY only slows wine.
unset DISPLAY

T0=$(date +%s)
declare -a SUMMARY=()
STATUS=0
WINE_STARTED=0
note() { SUMMARY+=("$1"); }
log() { printf '\n== build-windows: %s\n' "$*"; }
fail() { note "FAILED: $*"; STATUS=1; exit 1; }

finish() {
  local rc=$?
  [ "$STATUS" != 0 ] && rc=$STATUS
  if [ "$WINE_STARTED" = 1 ]; then
    # No wine process may outlive the script (CI runners, the next run's prefix lock).
    wineserver -k >/dev/null 2>&1 || true
    wineserver -w >/dev/null 2>&1 || true
  fi
  printf '\n================ Windows build summary ================\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '  %s\n' "$line"; done
  printf '  total time: %ss\n' "$(( $(date +%s) - T0 ))"
  if [ "$rc" = 0 ]; then printf '  RESULT: OK\n'; else printf '  RESULT: FAILED (exit %s)\n' "$rc"; fi
  printf '=======================================================\n'
  exit "$rc"
}
trap finish EXIT
trap 'STATUS=130; exit 130' INT TERM

# ---- prerequisites -------------------------------------------------------------------------
missing=()
for tool in cmake ninja x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-gcc-posix wine wineserver wineboot xz tar flock; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/lib/qt6/libexec/moc ] || missing+=("host Qt 6 tools (qt6-base-dev-tools)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-windows: missing: ${missing[*]} -- run scripts/setup-debian.sh" >&2
  fail "prerequisites missing: ${missing[*]}"
fi

# One run per build dir at a time (CI and a developer, or two CI jobs, would fight over it).
exec 9>"$BUILD_DIR_ABS/.build-windows.lock"
if ! flock -n 9; then
  echo "build-windows: another build-windows.sh is using $BUILD_DIR; waiting" >&2
  flock 9
fi

# ---- SDK -----------------------------------------------------------------------------------
# Unpacked once; re-unpacked when the tarball changes (size+mtime stamp). Unpacked into a temp
# dir and moved into place so an interrupted unpack never leaves a half SDK behind.
t=$(date +%s)
[ -f "$SDK_TARBALL" ] || fail "SDK tarball not found: $SDK_TARBALL (set SDK_TARBALL)"
stamp="$(stat -c '%s %Y' "$SDK_TARBALL")"
if [ ! -x "$SDK/bin/qt-cmake" ] || [ "$(cat "$SDK/.mlc-sdk-stamp" 2>/dev/null)" != "$stamp" ]; then
  log "unpacking $SDK_TARBALL -> $SDK"
  tmp=$(mktemp -d "$BUILD_ROOT/.unpack.XXXXXX")
  tar -xJf "$SDK_TARBALL" -C "$tmp" || { rm -rf "$tmp"; fail "unpacking the SDK"; }
  [ -x "$tmp/qt6-mingw-sdk/bin/qt-cmake" ] || { rm -rf "$tmp"; fail "SDK tarball has no qt6-mingw-sdk/bin/qt-cmake"; }
  echo "$stamp" > "$tmp/qt6-mingw-sdk/.mlc-sdk-stamp"
  rm -rf "$SDK"
  mv "$tmp/qt6-mingw-sdk" "$SDK"
  rmdir "$tmp"
  note "SDK: unpacked to $SDK ($(( $(date +%s) - t ))s)"
else
  note "SDK: $SDK (already unpacked)"
fi

# ---- configure -----------------------------------------------------------------------------
if [ "$CLEAN" = 1 ]; then
  log "--clean: removing $BUILD_DIR (keeping wineprefix and logs)"
  find "$BUILD_DIR_ABS" -mindepth 1 -maxdepth 1 ! -name wineprefix ! -name logs ! -name .build-windows.lock \
    -exec rm -rf {} +
fi
mkdir -p "$LOGS"
toolchain="$SDK/lib/cmake/Qt6/qt.toolchain.cmake"
cache="$BUILD_DIR_ABS/CMakeCache.txt"
cached_toolchain=""
if [ -f "$cache" ]; then
  # Stored as FILEPATH after the first configure, as UNINITIALIZED ".../bin/../lib/..." later.
  cached_toolchain=$(sed -n 's/^CMAKE_TOOLCHAIN_FILE:[A-Z]*=//p' "$cache" | head -1)
  [ -n "$cached_toolchain" ] && cached_toolchain=$(realpath -m "$cached_toolchain")
fi
if [ -f "$cache" ] && [ "$cached_toolchain" != "$(realpath -m "$toolchain")" ]; then
  # A cache made with another SDK location (or natively) cannot switch toolchains.
  log "toolchain changed: dropping the old CMake cache"
  rm -rf "$cache" "$BUILD_DIR_ABS/CMakeFiles"
fi
# ccache, when installed: a new build dir compiles through it (an existing one keeps what it was
# configured with: no surprise full rebuild). Paths below the repository are hashed relative to the
# build dir, so scripts/build-installers.sh's next-version build in <dir>-next reuses every object
# that does not include mlcversion.h instead of compiling the whole tree a second time.
launcher=()
if command -v ccache >/dev/null 2>&1 && [ ! -f "$cache" ]; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$REPO} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
log "configuring ($BUILD_TYPE)"
t=$(date +%s)
if ! "$SDK/bin/qt-cmake" -S "$REPO" -B "$BUILD_DIR_ABS" -G Ninja --no-warn-unused-cli \
      -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DMLC_WERROR=ON -DMLC_WINEPREFIX="$WINEPREFIX" "${launcher[@]}" \
      >"$LOGS/configure.log" 2>&1; then
  cat "$LOGS/configure.log"
  fail "configure (see $LOGS/configure.log)"
fi
grep -E '^CMake (Warning|Deprecation)' -A6 "$LOGS/configure.log" || true
note "configure: OK ($(( $(date +%s) - t ))s)"

# ---- build ---------------------------------------------------------------------------------
log "building (ninja -j$JOBS)"
t=$(date +%s)
# -k 0: report every target that fails to cross-compile, not only the first.
ninja -C "$BUILD_DIR_ABS" -j"$JOBS" -k 0 2>&1 | tee "$LOGS/build.log"
if [ "${PIPESTATUS[0]}" != 0 ]; then
  while IFS= read -r l; do note "  $l"; done < <(grep -E '^FAILED: ' "$LOGS/build.log" | sed 's/ \/usr\/bin.*//')
  if [ "$KEEP_GOING" = 0 ]; then
    fail "build ($(( $(date +%s) - t ))s; see the errors above or $LOGS/build.log)"
  fi
  note "FAILED: build ($(( $(date +%s) - t ))s; --keep-going: running the tests that built)"
  BUILD_FAILED=1
else
  note "build: OK ($(( $(date +%s) - t ))s)"
fi

if [ "$RUN_TESTS" = 0 ]; then
  note "tests: skipped (--no-tests)"
  exit 0
fi

# ---- wine prefix ---------------------------------------------------------------------------
t=$(date +%s)
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  log "creating wine prefix $WINEPREFIX (once)"
  mkdir -p "$WINEPREFIX"
  WINE_STARTED=1
  if ! wineboot -i >"$LOGS/wineboot.log" 2>&1; then
    cat "$LOGS/wineboot.log"
    fail "wineboot -i (see $LOGS/wineboot.log)"
  fi
  wineserver -w >/dev/null 2>&1 || true
  note "wine prefix: created $WINEPREFIX ($(( $(date +%s) - t ))s)"
else
  note "wine prefix: $WINEPREFIX (reused)"
fi
# A persistent wineserver plus a warm-up keep wine's system processes (services, winedevice,
# explorer) alive between tests: each test then starts in ~0.3 s instead of ~3-15 s.
# wine's desktop process ("explorer.exe /desktop") exits ~5 s after the last process that uses it,
# and the next Qt program (every Qt program opens a message window) starts a new one; a tiny
# keep-alive program holds a message-only window for the whole run so that this happens once.
# (A system process started by a test inherits that test's stdout/stderr; ctest no longer waits
# for such processes: every Windows test runs through scripts/wine-test-run.sh, which gives the
# test a file instead of ctest's pipe.) The EXIT trap ends it all with wineserver -k.
keepalive="$BUILD_DIR_ABS/wine-keepalive.exe"
if [ ! -f "$keepalive" ]; then
  printf '%s\n' '#include <windows.h>' \
    'int main(void) {' \
    '    MSG m;' \
    '    if (!CreateWindowExW(0, L"Message", L"mlc-keepalive", 0, 0, 0, 0, 0, HWND_MESSAGE, 0, 0, 0))' \
    '        return 1;' \
    '    while (GetMessageW(&m, 0, 0, 0) > 0)' \
    '        DispatchMessageW(&m);' \
    '    return 0;' \
    '}' > "$BUILD_DIR_ABS/wine-keepalive.c"
  x86_64-w64-mingw32-gcc-posix -O2 -o "$keepalive" "$BUILD_DIR_ABS/wine-keepalive.c" -luser32 \
    || fail "compiling the wine keep-alive helper"
fi
WINE_STARTED=1
wineserver -p >/dev/null 2>&1 || true
wine "$keepalive" </dev/null >/dev/null 2>&1 &
wine rundll32.exe user32.dll,GetDesktopWindow </dev/null >/dev/null 2>&1 || true

# ---- tests ---------------------------------------------------------------------------------
log "running the Windows tests under wine (ctest -L windows -j$CTEST_JOBS)"
t=$(date +%s)
# Wine's own noise (not test output) is dropped; the full unfiltered log stays in ctest.log.
ctest --test-dir "$BUILD_DIR_ABS" -L windows --output-on-failure --no-tests=error \
      -j"$CTEST_JOBS" --output-junit "$LOGS/ctest-junit.xml" "${CTEST_EXTRA[@]}" 2>&1 \
  | tee "$LOGS/ctest.log" \
  | grep --line-buffered -v -E 'it looks like wine32 is missing|multiarch needs to be enabled|dpkg --add-architecture i386|apt-get install wine32|GnuTLS error|SetProcessDpiAwarenessContext|DPI awareness|^[0-9a-f]{4}:fixme:'
ctest_rc=${PIPESTATUS[0]}
passed_line=$(grep -E '^[0-9]+% tests passed' "$LOGS/ctest.log" | tail -1)
note "tests: ${passed_line:-no result line} ($(( $(date +%s) - t ))s)"
# The Qt Test totals of every test (skips are where wine cannot do something; see QSKIP reasons).
last="$BUILD_DIR_ABS/Testing/Temporary/LastTest.log"
if [ -f "$last" ]; then
  while IFS= read -r l; do note "  $l"; done < <(awk '
    / Testing: /   { name = $NF; tot = "(no Qt Test totals: crashed, hung or not a Qt test)"; hung = "" }
    /^Totals: /    { tot = $0 }
    /^wine-test-run: TIMEOUT/ { hung = "TIMEOUT after " }
    /^Test Passed/ { printf "%-32s PASS  %s\n", name, tot }
    /^Test Failed|^Test time.*Timeout|^Test (Killed|Not Run)|^Unable to find/ { if (name != "") printf "%-32s FAIL  %s%s\n", name, hung, tot; name = "" }
  ' "$last")
fi
if [ "$ctest_rc" != 0 ]; then
  while IFS= read -r l; do note "  $l"; done < <(sed -n '/The following tests FAILED/,/^Errors while running/p' \
    "$LOGS/ctest.log" | grep -E '^\s+[0-9]+ - ' | sed 's/^\s*//')
  fail "ctest exit $ctest_rc (log: $LOGS/ctest.log)"
fi
[ "$BUILD_FAILED" = 0 ] || fail "build (see above)"
exit 0
