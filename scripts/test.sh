#!/usr/bin/env bash
# Sets up the Debian packages, builds with warnings as errors and runs every test:
#   1. Linux: unit + integration + keychain (the keychain test starts its own throwaway D-Bus
#      session with gnome-keyring),
#   2. Windows: the same code cross-built with mingw-w64 and the Qt SDK in ../shared/toolchains,
#      its tests run under wine (ctest label "windows").
# MLC_SKIP_WINDOWS=1 skips step 2 (a quick local loop). MLC_WITH_SOAK=1 (CI sets it) also runs the
# soak test (label soak, about 6 minutes: the service against simulators with seconds-long B1 idle
# timeouts and Concur tokens). The benchmark is separate: ninja -C build bench.
#   3. Installers (label installer, scripts/build-installers.sh): the .deb installed on this
#      machine (root, as in CI) and the MSI under wine's msiexec, upgrade to the next version
#      included. MLC_SKIP_INSTALLERS=1 skips them (they install system-wide); MLC_SKIP_WINDOWS=1
#      skips the MSI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLC_WERROR=ON
ninja -C build -j2

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build --output-on-failure -LE 'soak|bench|installer' -j2 --timeout 300
if [ "${MLC_WITH_SOAK:-0}" = 1 ]; then
  ctest --test-dir build --output-on-failure -L soak
fi

if [ "${MLC_SKIP_WINDOWS:-0}" != 1 ]; then
  bash scripts/build-windows.sh -- -LE installer
fi
if [ "${MLC_SKIP_INSTALLERS:-0}" != 1 ]; then
  if [ "${MLC_SKIP_WINDOWS:-0}" = 1 ]; then
    bash scripts/build-installers.sh --linux-only
  else
    bash scripts/build-installers.sh
  fi
fi
echo "test.sh: all tests passed"
