#!/usr/bin/env bash
# Fuzzes the posting decision (issue #7) under AddressSanitizer + UndefinedBehaviorSanitizer:
# configures build-fuzz with -DMLC_SANITIZE=ON, builds only fuzz_documents and its libraries, and
# runs MLC_FUZZ_CASES (default 100000) mutated Concur FIS documents through the journal builder,
# every 25th also through the sync engine against a fake B1, split over MLC_FUZZ_JOBS processes
# (default: the number of cores, at most 4; the shards run exactly the cases of one whole run).
# Prints one summary line; exits non-zero on any crash, UB report, leak or broken invariant.
# Failing documents land in build-fuzz/fuzz-failures/ with the command that replays each; copy one
# into tests/fuzz/corpus/ to keep it as a regression (replayed on every run, CTest's included).
#   MLC_FUZZ_SEED=N   another seed (default 1; CI may pass its run number to explore further)
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-fuzz
cases="${MLC_FUZZ_CASES:-100000}"
seed="${MLC_FUZZ_SEED:-1}"
every=25 batch=12 # the program's defaults: shards are cut at multiples of every*batch cases
cores=$(nproc 2>/dev/null || echo 2)
jobs="${MLC_FUZZ_JOBS:-$(( cores < 4 ? cores : 4 ))}"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLC_SANITIZE=ON "${launcher[@]}" >/dev/null
ninja -C "$build" -j"$cores" fuzz_documents

out="$build/fuzz-failures"
rm -rf "$out"
mkdir -p "$out"
# UBSan: stop at the first report with a stack (the program also sets these as its defaults).
# ASan: its defaults (leak detection included).
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

unit=$(( every * batch ))
shard=$(( (cases + jobs * unit - 1) / (jobs * unit) * unit ))
start=$(date +%s)
pids=()
for (( i = 0; i < jobs; i++ )); do
  first=$(( i * shard ))
  (( first < cases )) || break
  n=$(( cases - first < shard ? cases - first : shard ))
  corpus=()
  (( i == 0 )) && corpus=(tests/fuzz/corpus tests/fuzz/corpus/two-entries-non-numeric-revision)
  "$build/tests/fuzz/fuzz_documents" -first="$first" -cases="$n" -seed="$seed" -engine-every="$every" \
    -engine-batch="$batch" -out="$out" "${corpus[@]}" >"$out/shard-$i.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
seconds=$(( $(date +%s) - start ))
# Everything a shard reported but its routine counts, then the counts added up.
grep -hv '^fuzz_documents' "$out"/shard-*.log || true
grep -h '^fuzz_documents totals:' "$out"/shard-*.log | awk -v seed="$seed" -v secs="$seconds" -v jobs="${#pids[@]}" '
  { for (i = 3; i <= NF; i++) { split($i, kv, "="); sum[kv[1]] += kv[2] } ; shards++ }
  END {
    printf "fuzz.sh: seed %s, %d cases: posted %d, review %d (%d unreadable), nothing to post %d; engine %d documents in %d batches: posted %d, review %d, skipped %d, %d B1 entries; %d balanced checks; %d failures; %d s on %d processes\n",
      seed, sum["cases"], sum["posted"], sum["review"], sum["unreadable"], sum["nothing"], sum["engine_documents"],
      sum["batches"], sum["engine_posted"], sum["engine_review"], sum["engine_skipped"], sum["b1_entries"],
      sum["balanced"], sum["failures"], secs, jobs
    if (shards != jobs) { print "fuzz.sh: a shard ended without its summary (crash or sanitizer report above)"; exit 1 }
  }' || status=1
if [ "$status" != 0 ]; then
  echo "fuzz.sh: FAILED; failing documents and logs in $out"
fi
exit "$status"
