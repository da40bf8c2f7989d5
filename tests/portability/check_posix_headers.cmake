# Lists every POSIX-only header included under app/ and core/, and fails when one is included
# by a file (or a header by a file) that posix-files.txt does not allow, or when an entry of
# posix-files.txt no longer matches the code. See docs/porting.md.
#   cmake -DSOURCE_DIR=<checkout> -DALLOWED=<posix-files.txt> -P check_posix_headers.cmake
cmake_minimum_required(VERSION 3.16)
if(NOT SOURCE_DIR OR NOT ALLOWED)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=DIR -DALLOWED=FILE -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

# Headers that POSIX systems have and Windows (MSVC) does not, or that only glibc has.
# <csignal>/<signal.h> are standard C, but here they mean POSIX signals (SIGWINCH, kill, SIGHUP).
set(posix_only
    "(unistd|fcntl|termios|pty|util|libutil|poll|signal|csignal|pwd|grp|dirent|dlfcn|pthread"
    "|spawn|sched|semaphore|netdb|ifaddrs|syslog|glob|fnmatch|wordexp|libgen|strings|regex"
    "|langinfo|nl_types|iconv|utmp|utmpx|mqueue|aio|ucontext|getopt|execinfo|err|endian"
    "|byteswap|alloca|features|paths|mntent|shadow|crypt)(\\.h)?"
    "|(sys|arpa|netinet|net|linux|asm)/.+")
string(JOIN "" posix_only ${posix_only})
set(posix_only "^(${posix_only})$")

file(STRINGS "${ALLOWED}" lines)
set(allowed_files "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
        continue()
    endif()
    if(NOT line MATCHES "^([^: \t]+):[ \t]*(.+)$")
        message(FATAL_ERROR "${ALLOWED}: not `path: header...`: ${line}")
    endif()
    set(path "${CMAKE_MATCH_1}")
    string(REGEX REPLACE "[ \t]+" ";" headers "${CMAKE_MATCH_2}")
    list(APPEND allowed_files "${path}")
    set("allowed:${path}" ${headers})
    set("seen:${path}" "")
endforeach()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" LIST_DIRECTORIES false
    "${SOURCE_DIR}/app/*.c" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/app/*.hpp" "${SOURCE_DIR}/app/*.mm"
    "${SOURCE_DIR}/core/*.c" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/core/*.hpp" "${SOURCE_DIR}/core/*.mm")
list(SORT sources)
if(NOT sources)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/app and ${SOURCE_DIR}/core")
endif()

set(listing "")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" includes
        REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"][^>\"]+[>\"]")
    foreach(include IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" header
            "${include}")
        if(NOT header MATCHES "${posix_only}")
            continue()
        endif()
        string(APPEND listing "  ${source}: <${header}>\n")
        if(NOT "${source}" IN_LIST allowed_files)
            string(APPEND problems "  ${source} includes <${header}>, and it is not a platform "
                "file in posix-files.txt\n")
        elseif(NOT "${header}" IN_LIST "allowed:${source}")
            string(APPEND problems "  ${source} includes <${header}>, which posix-files.txt does "
                "not allow it\n")
        else()
            list(APPEND "seen:${source}" "${header}")
        endif()
    endforeach()
endforeach()

foreach(path IN LISTS allowed_files)
    foreach(header IN LISTS "allowed:${path}")
        if(NOT "${header}" IN_LIST "seen:${path}")
            string(APPEND problems "  posix-files.txt allows ${path} <${header}>, which it no "
                "longer includes (or the file is gone): remove the entry\n")
        endif()
    endforeach()
endforeach()

message(STATUS "POSIX-only headers included under app/ and core/:\n${listing}")
if(problems)
    message(FATAL_ERROR "POSIX-only headers outside the platform files:\n${problems}"
        "Move the platform call into a file named *_posix.cpp behind a small interface, or "
        "list the file in ${ALLOWED} with the reason (and in docs/porting.md).")
endif()
message(STATUS "Every POSIX-only include is in a listed platform file.")
