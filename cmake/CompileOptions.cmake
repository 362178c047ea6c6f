# One INTERFACE target with the project's warnings and defines, linked PRIVATE everywhere.
add_library(mlc_compile_options INTERFACE)
add_library(mlc::compile_options ALIAS mlc_compile_options)
target_compile_options(mlc_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wno-long-long)
if(MLC_WERROR)
  target_compile_options(mlc_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(mlc_compile_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# The product version: MLC_VERSION from the generated "mlcversion.h", included only where the version
# is printed or sent (not a define on every file: a build with another version then recompiles a
# handful of files instead of all; configure_file leaves the header untouched when nothing changed).
configure_file(${CMAKE_CURRENT_LIST_DIR}/mlcversion.h.in ${CMAKE_BINARY_DIR}/generated/mlcversion.h @ONLY)
target_include_directories(mlc_compile_options INTERFACE ${CMAKE_BINARY_DIR}/generated)

# MLC_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer for everything that links the options
# target (scripts/fuzz.sh builds tests/fuzz this way). Any UB report aborts (no recovery), so a run
# that finishes clean had none. GCC and clang.
if(MLC_SANITIZE)
  set(_mlc_sanitize -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(mlc_compile_options INTERFACE ${_mlc_sanitize})
  target_link_options(mlc_compile_options INTERFACE ${_mlc_sanitize})
endif()
