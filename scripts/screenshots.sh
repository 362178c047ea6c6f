#!/usr/bin/env bash
# Renders every page of the tray against the sandbox (the demo's data: scripts/demo.sh first) into
# docs/screenshots/<lang>/, under Xvfb, with the service running (so the pages show it connected),
# plus the tray icon's menu as it opens in a notification area (scripts/screenshot-traymenu.sh).
# Usage: scripts/screenshots.sh   (after ./scripts/demo.sh; MLC_DEMO_DIR as there)
# Environment: MLC_SCREENSHOT_LANGS (default "en de"; any of en de fr es), MLC_SCREENSHOT_DIR
# (default docs/screenshots), MLC_BUILD_DIR (default build), MLC_SCREENSHOT_MENU=0 skips the menu.
# Needs xvfb, trayer, xdotool and imagemagick (scripts/setup-debian.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${MLC_BUILD_DIR:-build}"
DEMO="${MLC_DEMO_DIR:-$PWD/build/demo}"
OUT="${MLC_SCREENSHOT_DIR:-$PWD/docs/screenshots}"
[ -f "$DEMO/data/ml-connector.db" ] || { echo "run ./scripts/demo.sh first (no $DEMO/data)" >&2; exit 1; }
ninja -C "$BUILD" ml-connector ml-connector-tray >/dev/null
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
PIPE="$XDG_RUNTIME_DIR/mlc-screenshots.sock"
MLC=("$BUILD/bin/ml-connector" --data-dir "$DEMO/data" --secrets "file:$DEMO/data/secrets.json")
# The simulators again (the demo's stopped with it): the review page's journal entry preview reads
# SAP Business One. A new sandbox listens on new ports, so the demo's data directory is pointed at
# it as demo.sh does (same seed and documents: the same master data).
rm -rf "$DEMO/sandbox-shots"
mkdir -p "$DEMO/sandbox-shots"
ninja -C "$BUILD" sandbox >/dev/null
"$BUILD/bin/sandbox" --documents "${MLC_DEMO_DOCS:-40}" --seed "${MLC_DEMO_SEED:-7}" \
  --config-dir "$DEMO/sandbox-shots" --tls >"$DEMO/screenshots-sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -f "$DEMO/sandbox-shots/settings.tsv" ] && break; sleep 0.1; done
# Only what changed (the endpoints and the pinned certificate), so the audit trail keeps showing
# the demo's documents rather than a page of settings.
while IFS=$'\t' read -r key value; do
  [ "$("${MLC[@]}" --local config get "$key" 2>/dev/null)" = "$value" ] && continue
  "${MLC[@]}" --local config set "$key" "$value" >/dev/null
done <"$DEMO/sandbox-shots/settings.tsv"
for name in concur-client-secret concur-request-token b1-password; do
  "${MLC[@]}" --local secret set "$name" <"$DEMO/sandbox-shots/secret-$name" >/dev/null
done
# The service on the demo data, with a schedule that does not fire while the pictures are taken.
"${MLC[@]}" run --console --pipe "$PIPE" >"$DEMO/screenshots-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE $SANDBOX 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -S "$PIPE" ] && break; sleep 0.1; done
TRAY=("$BUILD/bin/ml-connector-tray" --data-dir "$DEMO/data" --pipe "$PIPE")

for lang in ${MLC_SCREENSHOT_LANGS:-en de}; do
  mkdir -p "$OUT/$lang"
  # --lang sets the tray's language; LANGUAGE/LANG also give Qt's own texts (dialog buttons).
  LANGUAGE=$lang LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24" \
    "${TRAY[@]}" --lang "$lang" --screenshots "$OUT/$lang"
  if [ "${MLC_SCREENSHOT_MENU:-1}" = 1 ]; then
    # A black root (-br), so that the picture can be cut to the panel and the menu.
    LANGUAGE=$lang LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24 -br" \
      bash scripts/screenshot-traymenu.sh "$OUT/$lang/tray-menu.png" "${TRAY[@]}" --lang "$lang"
  fi
done
ls -1 "$OUT"/*/*.png
