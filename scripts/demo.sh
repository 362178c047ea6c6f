#!/usr/bin/env bash
# The demo: sets up the Debian packages, builds, starts the bundled simulators (sandbox) with a
# demo company and 40 approved Concur documents, configures a fresh ml-connector data directory
# against them and runs real sync cycles you can watch:
#   1. test both connections,
#   2. a sync cycle: balanced journal entries posted to the B1 simulator, deliberate mismatches
#      queued for review with readable reasons,
#   3. the review queue,
#   4. a second cycle: nothing is posted twice,
#   5. the audit trail's integrity check.
# Options (environment): MLC_DEMO_DOCS (40), MLC_DEMO_SEED (7), MLC_DEMO_DIR (build/demo).
set -euo pipefail
cd "$(dirname "$0")/.."
MLC_WITH_WINDOWS=0 bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build ml-connector ml-connector-tray sandbox

DEMO="${MLC_DEMO_DIR:-$PWD/build/demo}"
rm -rf "$DEMO"
mkdir -p "$DEMO/sandbox" "$DEMO/data"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

build/bin/sandbox --documents "${MLC_DEMO_DOCS:-40}" --seed "${MLC_DEMO_SEED:-7}" \
  --config-dir "$DEMO/sandbox" --tls --login-delay-ms 1500 >"$DEMO/sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [ -f "$DEMO/sandbox/settings.tsv" ] && break
  sleep 0.1
done
[ -f "$DEMO/sandbox/settings.tsv" ] || { cat "$DEMO/sandbox.log"; echo "sandbox did not start" >&2; exit 1; }
cat "$DEMO/sandbox.log"

# The demo keeps its secrets in an explicit 0600 file in its own data directory (no desktop
# keychain needed); a real installation uses the OS keychain (the default).
MLC=(build/bin/ml-connector --data-dir "$DEMO/data" --secrets "file:$DEMO/data/secrets.json")
# The simulators run on this machine (loopback, plain HTTP for Concur), which the connector only
# talks to when an administrator enables the sandbox locally (--local: the pipe refuses this key).
"${MLC[@]}" --local config set sandbox/allowLoopback true
while IFS=$'\t' read -r key value; do
  "${MLC[@]}" --local config set "$key" "$value"
done <"$DEMO/sandbox/settings.tsv"
for name in concur-client-secret concur-request-token b1-password; do
  "${MLC[@]}" secret set "$name" <"$DEMO/sandbox/secret-$name" >/dev/null
done

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "ml-connector test-connections"
"${MLC[@]}" test-connections
step "ml-connector sync   (first cycle)"
"${MLC[@]}" sync || [ $? -eq 4 ]
step "ml-connector review list"
"${MLC[@]}" review list
step "ml-connector sync   (second cycle: nothing is posted twice)"
"${MLC[@]}" sync || [ $? -eq 4 ]
step "ml-connector audit verify"
"${MLC[@]}" audit verify
printf '\nData directory: %s   (try: build/bin/ml-connector --data-dir %s --secrets file:%s/secrets.json review show KEY)\n' \
  "$DEMO/data" "$DEMO/data" "$DEMO/data"
printf 'The tray on this data (a desktop session; the window works without a running service, read-only):\n  build/bin/ml-connector-tray --data-dir %s\n' "$DEMO/data"
