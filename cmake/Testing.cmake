# mlc_add_test(<name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT s])
# Builds a Qt Test executable and registers it with CTest. In a Windows cross build the test runs
# under wine (CMAKE_CROSSCOMPILING_EMULATOR) with the Qt and mingw DLL folders on WINEPATH and the
# label "windows" added.
# Tests that add their own environment must APPEND to it, never replace it:
#   set_property(TEST <name> APPEND PROPERTY ENVIRONMENT "FOO=bar")
function(mlc_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS} mlc::compile_options)
  # Tests compare with the version they were built with (the product includes mlcversion.h).
  target_compile_definitions(${name} PRIVATE MLC_VERSION="${PROJECT_VERSION}")
  add_test(NAME ${name} COMMAND ${name})
  set(_labels ${T_LABELS})
  set(_env "QT_QPA_PLATFORM=offscreen")
  if(CMAKE_CROSSCOMPILING AND WIN32)
    list(APPEND _labels windows)
    mlc_wine_environment(_env)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${_labels}" TIMEOUT ${T_TIMEOUT}
                                         ENVIRONMENT "${_env}")
endfunction()

# The wine prefix the Windows tests run in (scripts/build-windows.sh creates it once with
# wineboot). Baked into each test's environment so a plain `ctest --test-dir build-win` uses the
# same prefix as the script instead of ~/.wine. Prefer the script (or `-- -R <test>` through it):
# it keeps a persistent wineserver and wine's desktop process alive; without that, a desktop
# process started by one test can hold that test's output pipe and make ctest time out on it.
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
