#!/usr/bin/env bash
# The tray icon's menu as a user sees it (called by scripts/screenshots.sh inside xvfb-run with a
# 1280x800 screen and a black root): trayer is the notification area (top right), the tray starts
# minimized into it, xdotool right-clicks the icon, ImageMagick takes the screen and cuts it to the
# panel and the open menu.
# Usage: scripts/screenshot-traymenu.sh OUT.png TRAY-COMMAND...
set -euo pipefail
OUT=$1
shift
trayer --edge top --align right --widthtype pixel --width 48 --heighttype pixel --height 32 \
  --transparent false --tint 0xdddddd --SetDockType true >/dev/null 2>&1 &
HOST=$!
TRAY=
trap 'kill $TRAY $HOST 2>/dev/null || true' EXIT
sleep 1.5
"$@" --minimized >/dev/null 2>&1 &
TRAY=$!
sleep 3 # connected to the service by then: the menu shows the real Pause/Resume state
xdotool mousemove 1264 16 click 3 # the icon: 16 px from the right edge
sleep 1
FULL=$(mktemp --suffix .png)
import -window root "$FULL"
# Everything that is not the black root (the panel and the menu), with a margin.
convert "$FULL" -crop 560x400+720+0 +repage -trim +repage -bordercolor black -border 12 "$OUT"
rm -f "$FULL"
height=$(identify -format '%h' "$OUT")
if [ "$height" -lt 100 ]; then
  echo "screenshot-traymenu: the menu did not open ($OUT is only the panel)" >&2
  exit 1
fi
echo "tray menu: $OUT"
