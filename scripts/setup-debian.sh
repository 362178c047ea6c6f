#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test ml-connector
# (Linux build + Windows cross build tested under wine). Idempotent; needs root or sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
PKGS=(
  cmake ninja-build g++ pkg-config xz-utils
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus dbus-x11
  xvfb xauth fontconfig fonts-dejavu-core openssl
  # installers (scripts/build-installers.sh): the .deb (dpkg-shlibdeps, lintian, the unit's
  # systemd-analyze, the package's dependencies) and Qt's own catalogs the MSI ships
  dpkg-dev lintian systemd adduser qt6-qpa-plugins qt6-translations-l10n
  # scripts/screenshots.sh: the tray icon's menu in a tray host (trayer), clicked and cut out
  trayer xdotool imagemagick
)
if [ "${MLC_WITH_WINDOWS:-1}" = 1 ]; then
  # ccache: scripts/build-windows.sh compiles a new build dir through it, so that the installer
  # test's next-version build (scripts/build-installers.sh) compiles only the version's few files
  PKGS+=(g++-mingw-w64-x86-64-posix wine wine64 fonts-wine msitools wixl ccache)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "setup-debian: all build dependencies present"
