#!/usr/bin/env bash
# installer_deb: the .deb that CPack built in BUILD_DIR, on this machine (root; CI runs in a clean
# container): lintian, dpkg -i, the installed binary as the package's user, systemd-analyze verify
# of the installed unit, dpkg -r keeping /var/lib/ml-connector, dpkg -i again over the kept data.
# Usage: test-deb.sh BUILD_DIR VERSION SOURCE_DIR
set -uo pipefail
BUILD_DIR=$1 VERSION=$2 SRC=$3
DEB=$(ls "$BUILD_DIR"/ml-connector_"$VERSION"_*.deb 2>/dev/null | head -1)
failures=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

[ -n "$DEB" ] || { echo "FAIL: no ml-connector_${VERSION}_*.deb in $BUILD_DIR (cpack -G DEB there, or scripts/build-installers.sh)"; exit 1; }
[ "$(id -u)" = 0 ] || { echo "FAIL: installer_deb installs a package: run it as root (CI does)"; exit 1; }
echo "package: $DEB"

# 1. lintian: no errors, and every warning is one README explains (installer/lintian-expected.txt).
if command -v lintian >/dev/null; then
  out=$(lintian --tag-display-limit 0 "$DEB" 2>&1); rc=$?
  echo "$out"
  unexpected=$(echo "$out" | grep -E '^[EW]: ' | sed -E 's/^[EW]: [^:]+: ([a-z0-9-]+).*/\1/' | sort -u \
               | grep -vxF -f <(grep -vE '^(#|$)' "$SRC/installer/lintian-expected.txt") || true)
  if echo "$out" | grep -q '^E: '; then fail "lintian: errors"; fi
  if [ -n "$unexpected" ]; then fail "lintian: unexplained warnings: $unexpected"; else pass "lintian (rc $rc)"; fi
else
  fail "lintian is not installed (scripts/setup-debian.sh installs it)"
fi

# A leftover from an earlier run would make this an upgrade.
dpkg -r ml-connector >/dev/null 2>&1 || true
marker=/var/lib/ml-connector/.installer-test-kept
existing_data=0; [ -e /var/lib/ml-connector/ml-connector.db ] && existing_data=1

# 2. dpkg -i: files, user and group, data directory owner and mode.
if dpkg -i "$DEB"; then pass "dpkg -i"; else fail "dpkg -i"; fi
check "/usr/bin/ml-connector installed" test -x /usr/bin/ml-connector
check "/usr/bin/ml-connector-tray installed" test -x /usr/bin/ml-connector-tray
check "systemd unit installed" test -f /lib/systemd/system/ml-connector.service
check "desktop entry installed" test -f /usr/share/applications/ml-connector-tray.desktop
check "system user ml-connector" bash -c 'u=$(getent passwd ml-connector) && [ "$(echo "$u" | cut -d: -f3)" -lt 1000 ] && [ "$(echo "$u" | cut -d: -f7)" = /usr/sbin/nologin ]'
check "group ml-connector" getent group ml-connector
check "/var/lib/ml-connector owner ml-connector:ml-connector mode 750" \
  bash -c '[ "$(stat -c "%U:%G %a" /var/lib/ml-connector)" = "ml-connector:ml-connector 750" ]'

# 3. The installed binary as the package's user (runuser: the user has no login shell).
v=$(runuser -u ml-connector -- /usr/bin/ml-connector --version 2>&1); echo "$v"
check "ml-connector --version as ml-connector says $VERSION" test "$v" = "ml-connector $VERSION"
# The service user can use its data directory (what the unit does at start, in direct mode).
out=$(runuser -u ml-connector -- /usr/bin/ml-connector --data-dir /var/lib/ml-connector --local config set schedule/spec "0 0 1 1 *" 2>&1); rc=$?
echo "$out"
check "the service user writes its database in /var/lib/ml-connector" test "$rc" = 0
check "database owned by ml-connector" bash -c '[ "$(stat -c %U /var/lib/ml-connector/ml-connector.db)" = ml-connector ]'
touch "$marker"

# 4. systemd-analyze verify of the installed unit.
if command -v systemd-analyze >/dev/null; then
  out=$(systemd-analyze verify /lib/systemd/system/ml-connector.service 2>&1); rc=$?
  echo "$out"
  check "systemd-analyze verify ml-connector.service" test "$rc" = 0
else
  echo "SKIP: systemd-analyze is not installed (package systemd); the unit was not verified"
fi

# 5. dpkg -r: programs gone, data kept; reinstall finds it.
if dpkg -r ml-connector; then pass "dpkg -r"; else fail "dpkg -r"; fi
check "programs removed" bash -c '! [ -e /usr/bin/ml-connector ] && ! [ -e /usr/bin/ml-connector-tray ] && ! [ -e /lib/systemd/system/ml-connector.service ]'
check "/var/lib/ml-connector kept" test -e "$marker" -a -e /var/lib/ml-connector/ml-connector.db
if dpkg -i "$DEB" >/dev/null; then pass "dpkg -i over kept data"; else fail "dpkg -i over kept data"; fi
out=$(runuser -u ml-connector -- /usr/bin/ml-connector --data-dir /var/lib/ml-connector --local config get schedule/spec 2>&1)
check "settings kept across remove/install ($out)" test "$out" = "0 0 1 1 *"
dpkg -r ml-connector >/dev/null || fail "final dpkg -r"
# Leave the machine as found: the test's own data goes (the package never deletes it).
if [ "$existing_data" = 0 ]; then rm -rf /var/lib/ml-connector; fi

echo "installer_deb: $failures failure(s)"
[ "$failures" = 0 ]
