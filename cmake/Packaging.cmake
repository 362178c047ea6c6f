# Linux: what `ninja install` / CPack put where, and the .deb (cpack -G DEB in the build dir, or
# scripts/build-installers.sh). Windows packages are installer/ (wixl), not CPack.
if(WIN32 OR NOT TARGET ml-connector OR NOT TARGET ml-connector-tray)
  return()
endif()
include(GNUInstallDirs)

install(TARGETS ml-connector ml-connector-tray RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Debian 12 keeps units and tmpfiles in /lib (usrmerge: the same place as /usr/lib).
install(FILES ${PROJECT_SOURCE_DIR}/service/systemd/ml-connector.service DESTINATION /lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/packaging/ml-connector-tray.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/cmake/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ml-connector)
# lintian wants a changelog and manual pages, compressed reproducibly (gzip -n).
set(_pkg ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_pkg})
configure_file(${PROJECT_SOURCE_DIR}/cmake/packaging/changelog.in ${_pkg}/changelog @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/packaging/ml-connector.1.in ${_pkg}/ml-connector.1 @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/packaging/ml-connector-tray.1.in ${_pkg}/ml-connector-tray.1 @ONLY)
find_program(MLC_GZIP gzip)
add_custom_command(OUTPUT ${_pkg}/changelog.gz ${_pkg}/ml-connector.1.gz ${_pkg}/ml-connector-tray.1.gz
  COMMAND ${MLC_GZIP} -9nkf ${_pkg}/changelog ${_pkg}/ml-connector.1 ${_pkg}/ml-connector-tray.1
  DEPENDS ${_pkg}/changelog ${_pkg}/ml-connector.1 ${_pkg}/ml-connector-tray.1)
add_custom_target(mlc_package_docs ALL DEPENDS ${_pkg}/changelog.gz ${_pkg}/ml-connector.1.gz ${_pkg}/ml-connector-tray.1.gz)
install(FILES ${_pkg}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ml-connector RENAME changelog.gz) # a native package
install(FILES ${_pkg}/ml-connector.1.gz ${_pkg}/ml-connector-tray.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ml-connector)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ml-connector maintainers <ml-connector@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SAP Concur to SAP Business One journal entries")
set(CPACK_PACKAGE_DESCRIPTION
  "ml-connector moves approved SAP Concur expense reports and payment-request\ninvoices into SAP Business One as balanced journal entries through the\nService Layer, exactly once. This package holds the service (a systemd unit\nrunning as the system user ml-connector, data in /var/lib/ml-connector), its\ncommand line and the tray for finance staff.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: SQLite driver, the tray's
# platform plugins; adduser for the system user (postinst).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/cmake/packaging/postinst ${PROJECT_SOURCE_DIR}/cmake/packaging/prerm
  ${PROJECT_SOURCE_DIR}/cmake/packaging/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
include(CPack)
