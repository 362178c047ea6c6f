#!/usr/bin/env bash
# Runs one Windows test under wine for ctest (cmake/Testing.cmake registers every Windows test
# through it):
#   wine-test-run.sh [--deadline S] -- wine <test.exe> [args...]
#
# ctest reads a test's output from a pipe until EOF, not until the test process exits. Under wine,
# a process that the test starts indirectly (wine's desktop explorer, services.exe, a conhost,
# a service the test installs, ...) is a grandchild of ctest that inherits the test's stdout and
# stderr and can keep that pipe open long after the test ended: ctest then waits until the test's
# TIMEOUT although the test has passed. So the test writes into an unnamed temporary file instead,
# this script waits for the test's own process only, streams the file to stdout while the test runs
# (ctest -V shows it live) and exits with the test's exit code. A grandchild holding the file holds
# nothing ctest waits for; such grandchildren are named in the output (`note:` line).
#
# --deadline S: when the test still runs after S seconds (set a little below the test's TIMEOUT),
# say what it was doing (did it print its Qt Test totals, i.e. does it hang while exiting? which
# wine processes are left?) and end it, exit code 124. Without it ctest's timeout kills everything
# silently.
# The test's environment (WINEPREFIX, WINEPATH, WINEQT_*) and working directory are inherited.
set -u

deadline=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deadline) deadline=${2:?--deadline needs seconds}; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then
  echo "usage: wine-test-run.sh [--deadline S] -- wine <test.exe> [args...]" >&2
  exit 2
fi

# The output file is unlinked at once: nothing is left behind even when ctest kills this script.
out=$(mktemp "${TMPDIR:-/tmp}/mlc-wine-test.XXXXXX") || exit 2
exec 3>"$out" 4<"$out"
rm -f "$out"
# The test's own process: wine execs the loader, so this pid is the test .exe until it exits.
"$@" >&3 2>&3 3>&- 4<&- &
pid=$!
exec 3>&-

# Streams what the test wrote since the last call (fd 4 keeps its offset).
flush_output() { cat <&4; }

# Processes other than this script that still have the output file open. Called as $(holders):
# the subshell closes its own copy of fd 4 so that neither it nor find is listed.
holders() {
  local target
  target=$(readlink "/proc/$$/fd/4") || return 0
  exec 4<&-
  find /proc/[0-9]*/fd -maxdepth 1 -lname "$target" 2>/dev/null \
    | awk -F/ -v me="$$" '$3 != me { print $3 }' | sort -un
}

describe() { # pid -> "pid command line"
  printf '%s %s\n' "$1" "$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline")"
}

start=$SECONDS
timed_out=0
while kill -0 "$pid" 2>/dev/null; do
  flush_output
  if [ "$deadline" -gt 0 ] && [ $((SECONDS - start)) -ge "$deadline" ]; then
    timed_out=1
    break
  fi
  sleep 0.1
done

if [ "$timed_out" = 1 ]; then
  flush_output
  # The output so far is also in the file: look for Qt Test's last lines in it.
  finished=$(tail -c 4096 "/proc/$$/fd/4" 2>/dev/null | grep -E '^(Totals: |\*+ Finished testing of )' | head -2)
  echo "wine-test-run: TIMEOUT: the test still runs after ${deadline}s (pid $pid)."
  if [ -n "$finished" ]; then
    echo "wine-test-run: it printed its Qt Test totals, so it hangs while its process exits:"
    echo "$finished" | sed 's/^/    /'
  fi
  echo "wine-test-run: wine processes at this moment:"
  for p in $(pgrep -f '\.exe|wineserver' 2>/dev/null); do
    line=$(describe "$p")
    case "$line" in *wine-test-run*|"$p ") continue ;; esac
    echo "    $line"
  done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  exit 124
fi

wait "$pid"
rc=$?
flush_output

# A test that failed at once without writing a byte never ran: wine could not start it (seen once
# in a fresh prefix, exit in 0.13 s, nothing printed; WINEDEBUG=-all hides the loader's errors).
# That is not a test result: say so and start it once more, with wine's error messages on.
written=$(stat -L -c %s "/proc/$$/fd/4" 2>/dev/null || echo 1)
if [ "$rc" != 0 ] && [ "$written" = 0 ] && [ $((SECONDS - start)) -le 2 ] && [ -z "${MLC_WINE_TEST_RETRY:-}" ]; then
  echo "wine-test-run: the test exited with code $rc after $((SECONDS - start)) s without any output:" \
       "wine did not start it; starting it once more with WINEDEBUG=err+all"
  exec 4<&-
  WINEDEBUG=err+all MLC_WINE_TEST_RETRY=1 exec "$0" ${deadline:+--deadline "$deadline"} -- "$@"
fi
[ "$rc" = 0 ] || echo "wine-test-run: exit code $rc"

# Diagnosis only: whatever still holds the output now is a process the test started (directly or
# through wine) that outlived it; with a pipe, ctest would have waited for it.
left=$(holders)
if [ -n "$left" ]; then
  echo "wine-test-run: note: still holding the test's output after it exited (harmless here; ctest would have waited for them):"
  for p in $left; do echo "    $(describe "$p")"; done
fi
exit "$rc"
