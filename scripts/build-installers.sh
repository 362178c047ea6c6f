#!/usr/bin/env bash
# Builds the installers and runs their tests (ctest label "installer"); used by scripts/test.sh (CI).
#   Linux:   the .deb (CPack) from the Linux build dir, then tests/installer/test-deb.sh (lintian,
#            dpkg -i, --version as the package's user, systemd-analyze verify, dpkg -r). Needs root.
#   Windows: ml-connector-<version>-x64.msi (wixl) from the Windows cross build; the same tree
#            configured as the next patch version (-DMLC_VERSION_OVERRIDE) in <dir>-next, where only
#            the product is built (no tests) and, through ccache, only the few files that include
#            mlcversion.h are compiled again (everything else is a cache hit of the first build);
#            then installer_msi_tables and tst_msi under wine's msiexec (through
#            scripts/build-windows.sh, which owns the wine session).
# Both build dirs must be configured and built already (scripts/test.sh does that).
#
# Usage: scripts/build-installers.sh [--linux-only | --windows-only] [--no-tests]
# Environment: BUILD (Linux build dir, default build), BUILD_DIR (Windows build dir, default
# build-win; the next version goes to <BUILD_DIR>-next), BUILD_ROOT (where the mingw SDK is
# unpacked, default build-win-sdk), JOBS (default 2).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
# Absolute: cpack runs inside the build dir and writes its log there.
BUILD=$(realpath -m "${BUILD:-build}")
BUILD_DIR=$(realpath -m "${BUILD_DIR:-build-win}")
BUILD_ROOT=${BUILD_ROOT:-build-win-sdk}
JOBS=${JOBS:-2}
DO_LINUX=1 DO_WINDOWS=1 RUN_TESTS=1
for a in "$@"; do
  case "$a" in
    --linux-only) DO_WINDOWS=0 ;;
    --windows-only) DO_LINUX=0 ;;
    --no-tests) RUN_TESTS=0 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-installers: unknown argument '$a'" >&2; exit 2 ;;
  esac
done
T0=$(date +%s)
log() { printf '\n== build-installers: %s (%ss)\n' "$*" "$(( $(date +%s) - T0 ))"; }
if command -v ccache >/dev/null; then
  # As in scripts/build-windows.sh: paths below the repository hashed relative to the build dir.
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$REPO} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
cache_value() { sed -n "s/^$2:[A-Z]*=//p" "$1/CMakeCache.txt" | head -1; }

if [ "$DO_LINUX" = 1 ]; then
  [ -f "$BUILD/CMakeCache.txt" ] || { echo "build-installers: $BUILD is not configured" >&2; exit 1; }
  log "Linux: .deb (cpack) in $BUILD"
  ninja -C "$BUILD" -j"$JOBS" ml-connector ml-connector-tray mlc_package_docs
  rm -f "$BUILD"/ml-connector_*.deb
  (cd "$BUILD" && cpack -G DEB >"$BUILD/cpack.log" 2>&1) || { cat "$BUILD/cpack.log"; exit 1; }
  ls -l "$BUILD"/ml-connector_*.deb
  if [ "$RUN_TESTS" = 1 ]; then
    log "Linux: installer tests"
    ctest --test-dir "$BUILD" -L installer --output-on-failure --no-tests=error
  fi
fi

if [ "$DO_WINDOWS" = 1 ]; then
  [ -f "$BUILD_DIR/CMakeCache.txt" ] || { echo "build-installers: $BUILD_DIR is not configured (scripts/build-windows.sh)" >&2; exit 1; }
  log "Windows: MSI in $BUILD_DIR"
  ninja -C "$BUILD_DIR" -j"$JOBS" msi
  version=$(cache_value "$BUILD_DIR" CMAKE_PROJECT_VERSION)
  next=$(cache_value "$BUILD_DIR" MLC_NEXT_VERSION)
  next_dir=$(cache_value "$BUILD_DIR" MLC_NEXT_BUILD_DIR)
  [ -n "$next" ] && [ -n "$next_dir" ] || { echo "build-installers: $BUILD_DIR has no MLC_NEXT_VERSION (tests off?)" >&2; exit 1; }
  log "Windows: the same tree as version $next in $next_dir (the upgrade test's MSI)"
  toolchain=$(cache_value "$BUILD_DIR" CMAKE_TOOLCHAIN_FILE)
  launcher=()
  if command -v ccache >/dev/null; then
    # Everything but the files that include mlcversion.h is a hit of the first build's objects
    # (when that build went through ccache too: scripts/build-windows.sh does so for a new dir).
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  "$(dirname "$(realpath -m "$toolchain")")/../../../bin/qt-cmake" -S "$REPO" -B "$next_dir" -G Ninja --no-warn-unused-cli \
      -DCMAKE_BUILD_TYPE="$(cache_value "$BUILD_DIR" CMAKE_BUILD_TYPE)" -DMLC_WERROR=ON -DMLC_BUILD_TESTS=OFF \
      -DMLC_VERSION_OVERRIDE="$next" "${launcher[@]}" >"$BUILD_DIR/next-configure.log" 2>&1 \
    || { cat "$BUILD_DIR/next-configure.log"; exit 1; }
  ninja -C "$next_dir" -j"$JOBS" msi
  ls -l "$BUILD_DIR"/ml-connector-"$version"-x64.msi "$next_dir"/ml-connector-"$next"-x64.msi
  if [ "$RUN_TESTS" = 1 ]; then
    log "Windows: installer tests under wine"
    BUILD_DIR="$BUILD_DIR" BUILD_ROOT="$BUILD_ROOT" bash scripts/build-windows.sh -- -L installer
  fi
fi
log "done in $(( $(date +%s) - T0 ))s"
