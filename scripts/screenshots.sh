#!/usr/bin/env bash
# Renders every page of the tray against the sandbox (the demo's data: scripts/demo.sh first) into
# docs/screenshots/, under Xvfb, with the service running (so the pages show it connected).
# Usage: scripts/screenshots.sh   (after ./scripts/demo.sh; MLC_DEMO_DIR as there)
set -euo pipefail
cd "$(dirname "$0")/.."
DEMO="${MLC_DEMO_DIR:-$PWD/build/demo}"
OUT="${MLC_SCREENSHOT_DIR:-$PWD/docs/screenshots}"
[ -f "$DEMO/data/ml-connector.db" ] || { echo "run ./scripts/demo.sh first (no $DEMO/data)" >&2; exit 1; }
ninja -C build ml-connector ml-connector-tray >/dev/null
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
PIPE="$XDG_RUNTIME_DIR/mlc-screenshots.sock"
# The service on the demo data, with a schedule that does not fire while the pictures are taken.
build/bin/ml-connector --data-dir "$DEMO/data" --secrets "file:$DEMO/data/secrets.json" run --console --pipe "$PIPE" \
  >"$DEMO/screenshots-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -S "$PIPE" ] && break; sleep 0.1; done
for lang in ${MLC_SCREENSHOT_LANGS:-en}; do  # de, fr, es once translations/ exists (issue #8)
  mkdir -p "$OUT/$lang"
  LANGUAGE=$lang LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24" \
    build/bin/ml-connector-tray --data-dir "$DEMO/data" --pipe "$PIPE" --screenshots "$OUT/$lang"
done
ls -1 "$OUT"/*/*.png
