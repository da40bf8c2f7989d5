# PATAGON_SANITIZE=ON: the whole tree (app, core, trainer, tests) built with AddressSanitizer,
# LeakSanitizer and UndefinedBehaviorSanitizer, for `scripts/dev test --sanitize` (build-asan/).
# Undefined behaviour stops the program like an ASan report does, so any report fails its test.
# Qt, libssh and LibTorch stay uninstrumented: ASan still sees every allocation they make
# through the intercepted allocator; tests/sanitizers/ holds the run-time options.
option(PATAGON_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PATAGON_SANITIZE)
    set(_patagon_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_compile_options(${_patagon_san})
    add_link_options(${_patagon_san})
    # -O1 keeps stack traces readable and the build quick; the asserts stay on. Line tables
    # (-g1) are all a report needs, and compile a third faster than -g.
    set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -g1" CACHE STRING "" FORCE)
    set(CMAKE_C_FLAGS_RELWITHDEBINFO "-O1 -g1" CACHE STRING "" FORCE)
    # The trainer's loops over pixels and batches are ten times slower at -O1 with the checks:
    # its targets add these options (gpu_runner/CMakeLists.txt).
    set(PATAGON_SANITIZE_HOT_OPTIONS -O2 -fno-sanitize=vptr)
endif()
