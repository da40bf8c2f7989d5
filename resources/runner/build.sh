#!/bin/sh
# Builds patagon-train inside the user's container, on the node that will run it. Called by
# Patagon Studio (core/train) through srun; prints CMake's and the compiler's output as it goes.
# usage: sh build.sh BUNDLE_DIR WORK_DIR OUTPUT JOBS TORCH_PREFIX [CMAKE_ARGUMENT...]
#   BUNDLE_DIR  the uploaded sources (~/.patagon-studio/runner/HASH)
#   WORK_DIR    this container's build folder, kept between builds (incremental rebuilds)
#   OUTPUT      where the finished binary goes (written under a temporary name, then renamed)
# Exit status: 0 built; 10 configure failed; 11 compile failed; 12 the binary does not start.
set -u
# pip install --user puts tools (cmake, ninja) here; a non-login shell may not have it.
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) PATH="$HOME/.local/bin:$PATH"; export PATH ;; esac
bundle=$1 work=$2 output=$3 jobs=$4 prefix=$5
shift 5

mkdir -p "$work/src" "$work/build" "$(dirname "$output")" || exit 1
# Copy only files whose contents changed: unchanged ones keep their time stamps, so a new
# bundle that differs in one file recompiles one file.
(cd "$bundle" && find . -type f ! -name '*.sh' ! -name 'BUNDLE') | while IFS= read -r file; do
    if ! cmp -s "$bundle/$file" "$work/src/$file"; then
        mkdir -p "$(dirname "$work/src/$file")" && cp "$bundle/$file" "$work/src/$file" || exit 1
    fi
done || exit 1

set --  -DCMAKE_BUILD_TYPE=Release -DPATAGON_TRAIN_TESTS=OFF "$@"
[ -n "$prefix" ] && set -- "$@" "-DCMAKE_PREFIX_PATH=$prefix"
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.patagon-studio/ccache}"
    export CCACHE_SLOPPINESS=pch_defines,time_macros
    set -- "$@" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
# The generator is fixed by the first configure of a build folder.
if [ ! -f "$work/build/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    set -- -G Ninja "$@"
fi
echo "patagon-build: configuring"
cmake -S "$work/src" -B "$work/build" "$@" || exit 10
echo "patagon-build: compiling with $jobs jobs"
cmake --build "$work/build" --target patagon-train -j "$jobs" || exit 11
cp "$work/build/patagon-train" "$output.tmp.$$" && mv -f "$output.tmp.$$" "$output" || exit 1
echo "patagon-build: checking the binary"
"$output" info --json || { rm -f "$output"; exit 12; }
echo "patagon-build: done"
