# mlc_add_test(<name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT s])
# Builds a Qt Test executable and registers it with CTest. In a Windows cross build the test runs
# under wine (CMAKE_CROSSCOMPILING_EMULATOR) with the Qt and mingw DLL folders on WINEPATH and the
# label "windows" added.
function(mlc_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS} mlc::compile_options)
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

# The environment a Windows test needs under wine: wine drops QT_* variables, so they are passed
# as WINEQT_*; the DLLs are found through WINEPATH (see ../shared/toolchains/README.md).
function(mlc_wine_environment out)
  get_target_property(_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
  if(NOT _qtcore_dll)
    get_target_property(_qtcore_dll Qt6::Core IMPORTED_LOCATION)
  endif()
  get_filename_component(_qt_bindir "${_qtcore_dll}" DIRECTORY)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-libgcc-file-name
                  OUTPUT_VARIABLE _libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
  get_filename_component(_gccdir "${_libgcc}" DIRECTORY)
  set(_winepath "")
  foreach(_d "${_qt_bindir}" "${_gccdir}" "/usr/x86_64-w64-mingw32/lib" "${CMAKE_BINARY_DIR}/bin")
    string(REPLACE "/" "\\" _d "${_d}")
    string(APPEND _winepath "Z:${_d}\\\\;")
  endforeach()
  set(${out}
      "WINEQT_QPA_PLATFORM=offscreen"
      "WINEQT_QPA_FONTDIR=Z:\\\\usr\\\\share\\\\fonts\\\\truetype\\\\dejavu"
      "WINEQT_FORCE_STDERR_LOGGING=1"
      "WINEDEBUG=-all"
      "WINEDLLOVERRIDES=mscoree,mshtml="
      "WINEPATH=${_winepath}"
      PARENT_SCOPE)
endfunction()
