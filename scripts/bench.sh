#!/usr/bin/env bash
# The benchmarks (not tests; excluded from scripts/test.sh):
#   scripts/bench.sh sync [bench_sync args]   1k/10k/100k documents through the simulators (bench_sync)
#   scripts/bench.sh tray [bench_tray args]   the tray's review queue with 100,000 documents (bench_tray):
#                                             first paint, scrolling, filters, search, sort, memory
#   scripts/bench.sh writeback [args]         a quiet sync cycle against 1k/10k/100k processed documents,
#                                             concur/writeBack off vs acknowledge (bench_writeback, ~4-7 min)
# BUILD_DIR (default build) is configured and built if needed (RelWithDebInfo, as scripts/test.sh).
# Run them on an idle machine: the numbers are wall-clock times (check `uptime` first).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
what=${1:-}
[ $# -gt 0 ] && shift
case "$what" in
  sync) target=bench_sync ;;
  tray) target=bench_tray ;;
  writeback) target=bench_writeback ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
[ -f "$BUILD_DIR/CMakeCache.txt" ] || cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
if [ "$target" = bench_sync ]; then
  ninja -C "$BUILD_DIR" bench_sync ml-connector sandbox
else
  ninja -C "$BUILD_DIR" "$target"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [ "$target" = bench_tray ]; then
  QT_QPA_PLATFORM=offscreen exec "$BUILD_DIR/bin/bench_tray" --data "$BUILD_DIR/bench-data/review-100k" "$@"
fi
exec "$BUILD_DIR/bin/$target" "$@"
