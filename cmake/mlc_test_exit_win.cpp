// Linked into every Windows (mingw) test program by mlc_test_exit_without_dll_teardown() in
// cmake/Testing.cmake, together with -Wl,--wrap=main: the C runtime's start-up code then calls
// __wrap_main, which runs the test's own main() (__real_main) and ends the process with main's exit
// code without the DLLs' process-detach teardown.
//
// Why: in that teardown libstdc++-6.dll deletes the pthread key behind thread_local destructors
// (atexit_thread.cc, ~key_s -> pthread_key_delete), which takes winpthreads' key lock for writing.
// When a thread that ExitProcess had already terminated held that lock for reading, the wait never
// ends. Under wine 8 (CI), tests that had printed "Totals: ... 0 failed" and "Finished testing"
// then hung with one thread left until ctest's TIMEOUT; that thread's stack was
//   ExitProcess -> LdrShutdownProcess -> libstdc++-6 __DllMainCRTStartup -> _execute_onexit_table
//   -> __tcf_0 (~key_s) -> pthread_key_delete -> pthread_rwlock_wrlock -> pthread_cond_wait.
// When main returns, everything the test owns (the QApplication, temporary directories, database
// connections, child processes) has been cleaned up already; nothing a test checks runs later.
//
// MLC_TEST_DLL_TEARDOWN=1 in the environment restores the normal exit (to compare, or to debug a
// DLL's own teardown).
#include <cstdio>
#include <cstdlib>

#include <windows.h>

extern "C" int __real_main(int argc, char **argv, char **envp);

extern "C" int __wrap_main(int argc, char **argv, char **envp)
{
    const int rc = __real_main(argc, argv, envp);
    const char *teardown = std::getenv("MLC_TEST_DLL_TEARDOWN");
    if (teardown && *teardown && *teardown != '0')
        return rc; // exit(rc) as usual: the DLLs' detach handlers run
    std::fflush(nullptr); // Qt Test's and qDebug's output
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(rc));
    return rc; // not reached
}
