# mlc_add_test(<name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT s])
# Builds a Qt Test executable and registers it with CTest. In a Windows cross build the test runs
# under wine through scripts/wine-test-run.sh (see mlc_test_command) with the Qt and mingw DLL
# folders on WINEPATH and the label "windows" added.
# Tests that add their own environment must APPEND to it, never replace it:
#   set_property(TEST <name> APPEND PROPERTY ENVIRONMENT "FOO=bar")
function(mlc_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS} mlc::compile_options)
  # Tests compare with the version they were built with (the product includes mlcversion.h).
  target_compile_definitions(${name} PRIVATE MLC_VERSION="${PROJECT_VERSION}")
  mlc_test_exit_without_dll_teardown(${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  mlc_test_command(_command ${T_TIMEOUT} ${name})
  add_test(NAME ${name} COMMAND ${_command})
  set(_labels ${T_LABELS})
  set(_env "QT_QPA_PLATFORM=offscreen")
  if(CMAKE_CROSSCOMPILING AND WIN32)
    list(APPEND _labels windows)
    mlc_wine_environment(_env)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${_labels}" TIMEOUT ${T_TIMEOUT}
                                         ENVIRONMENT "${_env}")
endfunction()

set(_MLC_WINE_TEST_RUN "${CMAKE_CURRENT_LIST_DIR}/../scripts/wine-test-run.sh")
get_filename_component(_MLC_WINE_TEST_RUN "${_MLC_WINE_TEST_RUN}" ABSOLUTE)
set(_MLC_TEST_EXIT_SOURCE "${CMAKE_CURRENT_LIST_DIR}/mlc_test_exit_win.cpp")

# mlc_test_command(<out-var> <timeout s> <target> [args...])
# The COMMAND for add_test(NAME ...) that runs <target> with [args...]; use it for every test of a
# program built here (tests that call add_test themselves too) and give the test that TIMEOUT.
# Natively that is just <target> [args...]. In a Windows cross build it is
#   bash scripts/wine-test-run.sh --deadline <a little less than timeout> -- wine <target.exe> [args...]
# because ctest waits for EOF on the test's output pipe, and under wine a process the test starts
# indirectly (wine's desktop explorer, services.exe, a conhost, a service) can inherit that pipe
# and keep it open after the test has ended; ctest then waits until the TIMEOUT. The script lets
# the test write to a temporary file and waits for the test's own process only; when the test
# still runs near its TIMEOUT it says whether it hangs after its Qt Test totals and which wine
# processes are left, then ends it (exit 124).
function(mlc_test_command out timeout target)
  if(CMAKE_CROSSCOMPILING AND WIN32)
    set(_emulator ${CMAKE_CROSSCOMPILING_EMULATOR})
    if(NOT _emulator)
      set(_emulator wine)
    endif()
    math(EXPR _margin "${timeout} / 20")
    if(_margin LESS 5)
      set(_margin 5)
    endif()
    math(EXPR _deadline "${timeout} - ${_margin}")
    set(${out} bash "${_MLC_WINE_TEST_RUN}" --deadline ${_deadline} --
        ${_emulator} "$<TARGET_FILE:${target}>" ${ARGN} PARENT_SCOPE)
  else()
    set(${out} ${target} ${ARGN} PARENT_SCOPE)
  endif()
endfunction()

# mlc_test_exit_without_dll_teardown(<target>)
# Windows (mingw) test programs end their process as soon as main() returns, with main's exit
# code, without the DLLs' process-detach teardown (cmake/mlc_test_exit_win.cpp, linked with
# -Wl,--wrap=main). That teardown can deadlock: libstdc++-6.dll's detach deletes its thread_local
# key and waits forever for winpthreads' key lock when a thread that ExitProcess had already
# terminated held it. Under wine, tests that had printed "Totals: ... 0 failed" then hung until
# ctest's TIMEOUT (tst_wintray, tst_serviceclient, tst_consoleservice, tst_serviceresilience);
# whether a build hits it depended on incidental things such as the directory of the Qt SDK.
# Everything the test itself owns (the QApplication, temporary directories, databases, child
# processes) is already gone when main returns. MLC_TEST_DLL_TEARDOWN=1 restores the normal exit.
function(mlc_test_exit_without_dll_teardown target)
  if(WIN32 AND MINGW)
    if(NOT TARGET mlc_test_exit_win)
      add_library(mlc_test_exit_win OBJECT "${_MLC_TEST_EXIT_SOURCE}")
      target_link_libraries(mlc_test_exit_win PRIVATE mlc::compile_options)
      target_link_options(mlc_test_exit_win INTERFACE -Wl,--wrap=main)
    endif()
    target_link_libraries(${target} PRIVATE mlc_test_exit_win)
  endif()
endfunction()

# The wine prefix the Windows tests run in (scripts/build-windows.sh creates it once with
# wineboot). Baked into each test's environment so a plain `ctest --test-dir build-win` uses the
# same prefix as the script instead of ~/.wine. Prefer the script (or `-- -R <test>` through it):
# it keeps a persistent wineserver and wine's system processes alive, so each test starts faster.
if(CMAKE_CROSSCOMPILING AND WIN32)
  set(MLC_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix" CACHE PATH "Wine prefix for the Windows tests")
endif()

# The environment a Windows test needs under wine (see ../shared/toolchains/README.md):
# - wine drops every QT_* variable, so Qt settings are passed as WINEQT_* (the program sees QT_*);
# - Qt Test writes nothing to a redirected stdout on Windows without QT_FORCE_STDERR_LOGGING=1;
# - the offscreen platform needs a font dir on Windows;
# - the DLLs (Qt, QtKeychain, libstdc++/libgcc/libwinpthread) are found through WINEPATH;
# - MLC_UNDER_WINE=1 lets a test QSKIP what wine 8 cannot do (TLS servers: QSslServer is a stub;
#   the Event Log: ReportEventW writes nothing) while still running it on a real Windows.
# Windows paths are written with single backslashes. WINEPATH's separator ';' is escaped as '\;'
# so that CTest does not split the ENVIRONMENT list there.
function(mlc_wine_environment out)
  get_target_property(_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
  if(NOT _qtcore_dll)
    get_target_property(_qtcore_dll Qt6::Core IMPORTED_LOCATION)
  endif()
  get_filename_component(_qt_bindir "${_qtcore_dll}" DIRECTORY)
  get_filename_component(_qt_prefix "${_qt_bindir}" DIRECTORY)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-libgcc-file-name
                  OUTPUT_VARIABLE _libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
  get_filename_component(_gccdir "${_libgcc}" DIRECTORY)
  set(_winepath "")
  foreach(_d "${_qt_bindir}" "${_gccdir}" "/usr/x86_64-w64-mingw32/lib")
    string(REPLACE "/" "\\" _d "Z:${_d}")
    if(_winepath)
      string(APPEND _winepath "\\;")
    endif()
    string(APPEND _winepath "${_d}")
  endforeach()
  string(REPLACE "/" "\\" _plugindir "Z:${_qt_prefix}/plugins")
  set(${out}
      "WINEPREFIX=${MLC_WINEPREFIX}"
      "WINEDEBUG=-all"
      "WINEDLLOVERRIDES=mscoree,mshtml="
      "WINEPATH=${_winepath}"
      "WINEQT_PLUGIN_PATH=${_plugindir}"
      "WINEQT_QPA_PLATFORM=offscreen"
      "WINEQT_QPA_FONTDIR=Z:\\usr\\share\\fonts\\truetype\\dejavu"
      "WINEQT_FORCE_STDERR_LOGGING=1"
      "MLC_UNDER_WINE=1"
      PARENT_SCOPE)
endfunction()
