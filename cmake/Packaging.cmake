# Installing Patagon Studio and packaging it as a .deb (scripts/dev package runs cpack -G DEB).
#
# The trainer's source bundle, the translations and the Slurm syntax definition are compiled
# into patagon-studio as Qt resources (:/patagon/runner, :/i18n, :/patagon/syntax), so the two
# programs plus the desktop files below are the whole installation.
include(GNUInstallDirs)
# Debian's name for the documentation folder (GNUInstallDirs would take the project's name).
set(_pkg_docdir ${CMAKE_INSTALL_DATADIR}/doc/patagon-studio)

# The reverse-DNS application id: desktop file, metainfo, icon name and
# QGuiApplication::desktopFileName (which also names the app in desktop notifications).
set(PATAGON_APP_ID cl.uach.PatagonStudio)
set(PATAGON_DEVELOPER_ID cl.uach)
# The date of the release PROJECT_VERSION names: bump both together (metainfo, changelog).
set(PATAGON_RELEASE_DATE 2026-12-03)
# Where the project is published; the metainfo's screenshot is read from there (raw files).
set(PATAGON_HOMEPAGE "https://patagon-studio.example" CACHE STRING
    "The project's public home page (AppStream homepage URL)")
set(PATAGON_RAW_URL "${PATAGON_HOMEPAGE}/raw/main" CACHE STRING
    "Base URL of the repository's raw files (AppStream screenshot URLs)")

set(PATAGON_MAINTAINER "Patagon Studio maintainers <maintainers@users.noreply.r-seed-a725cb0c.example>")

set(_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_bin ${PROJECT_BINARY_DIR}/packaging)

target_compile_definitions(patagon-studio PRIVATE PATAGON_APP_ID="${PATAGON_APP_ID}")
# Debian's hardening: with relro (the toolchain's default), bindnow makes the GOT read-only.
target_link_options(patagon-studio PRIVATE LINKER:-z,now)
target_link_options(patagon-train PRIVATE LINKER:-z,now)

install(TARGETS patagon-studio patagon-train RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${_pkg_src}/${PATAGON_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${_pkg_src}/${PATAGON_APP_ID}.metainfo.xml.in
               ${_pkg_bin}/${PATAGON_APP_ID}.metainfo.xml @ONLY)
install(FILES ${_pkg_bin}/${PATAGON_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg_src}/${PATAGON_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_pkg_src}/copyright DESTINATION ${_pkg_docdir})

# Made at build time: PNG icons rendered from the SVG, man pages from --help, the changelog.
find_program(PATAGON_RSVG_CONVERT rsvg-convert)
find_program(PATAGON_HELP2MAN help2man)
find_program(PATAGON_GZIP gzip)
set(_pkg_outputs)
if(PATAGON_RSVG_CONVERT)
    foreach(_size 16 22 24 32 48 64 128 256)
        set(_png ${_pkg_bin}/icons/${_size}/${PATAGON_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_bin}/icons/${_size}
            COMMAND ${PATAGON_RSVG_CONVERT} -w ${_size} -h ${_size}
                    -o ${_png} ${_pkg_src}/${PATAGON_APP_ID}.svg
            DEPENDS ${_pkg_src}/${PATAGON_APP_ID}.svg VERBATIM)
        install(FILES ${_png}
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
        list(APPEND _pkg_outputs ${_png})
    endforeach()
else()
    message(WARNING "rsvg-convert not found (librsvg2-bin): the install has no PNG icons")
endif()

if(PATAGON_HELP2MAN AND PATAGON_GZIP)
    foreach(_prog patagon-studio patagon-train)
        if(_prog STREQUAL patagon-studio)
            set(_what "desktop app and command line for training on a Slurm GPU cluster")
        else()
            set(_what "the LibTorch image classifier trainer of Patagon Studio")
        endif()
        set(_man ${_pkg_bin}/man/${_prog}.1)
        # --version-string: patagon-train has no --version, and both report PROJECT_VERSION.
        add_custom_command(OUTPUT ${_man}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_bin}/man
            COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                    ${PATAGON_HELP2MAN} --no-info
                    --version-string=${PROJECT_VERSION} --name=${_what} --section=1
                    --output=${_man} $<TARGET_FILE:${_prog}>
            COMMAND ${PATAGON_GZIP} -9nf ${_man}
            DEPENDS ${_prog} VERBATIM)
        install(FILES ${_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        list(APPEND _pkg_outputs ${_man}.gz)
    endforeach()
else()
    message(WARNING "help2man or gzip not found: the install has no man pages")
endif()

if(PATAGON_GZIP)
    execute_process(COMMAND date -u -R -d "${PATAGON_RELEASE_DATE} 12:00"
                    OUTPUT_VARIABLE PATAGON_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
    configure_file(${_pkg_src}/changelog.in ${_pkg_bin}/changelog @ONLY)
    add_custom_command(OUTPUT ${_pkg_bin}/changelog.gz
        COMMAND ${PATAGON_GZIP} -9nkf ${_pkg_bin}/changelog
        DEPENDS ${_pkg_bin}/changelog VERBATIM)
    install(FILES ${_pkg_bin}/changelog.gz DESTINATION ${_pkg_docdir})
    list(APPEND _pkg_outputs ${_pkg_bin}/changelog.gz)
endif()
add_custom_target(patagon-package-files ALL DEPENDS ${_pkg_outputs})

# `cpack` (and `ninja install`) install what scripts/dev package built (the programs and
# patagon-package-files), not every test of `all`.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# CPack's DEB generator: it packs the install rules above, and dpkg-shlibdeps computes the
# dependencies from the two binaries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME patagon-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PATAGON_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "train neural networks on a Slurm GPU cluster")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PATAGON_HOMEPAGE}")
# The extended description (CPack puts the summary above it as the synopsis).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Patagon Studio is a desktop app for researchers who train image classifiers on
a Slurm cluster whose jobs run in Pyxis/Enroot containers. It connects over
SSH, imports container images and installs packages into them, edits and
checks batch scripts, submits and follows jobs, and trains with one click:
it builds its bundled LibTorch trainer in the user's container and plots loss
and accuracy live. Every action is also a command for scripts.
.
The package also holds patagon-train, the trainer itself, for local runs.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's platform plugins (xcb, offscreen)
# and the SQLite driver of Qt SQL (the runs database).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# Passwords and passphrases are kept by QtKeychain in a Secret Service on the session bus.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
include(CPack)
