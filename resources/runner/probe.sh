#!/bin/sh
# Patagon Studio's toolchain probe (protocol 1). Runs inside the user's container on the node
# that will build and run patagon-train; prints KEY=VALUE lines that core/train/toolchain.cpp
# reads. It only looks: it installs, writes and compiles nothing.
# usage: sh probe.sh [TORCH_PREFIX]   (a LibTorch the user named; else found here)
echo "probe=1"
# pip install --user puts tools (cmake, ninja) here; a non-login shell may not have it.
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) PATH="$HOME/.local/bin:$PATH"; export PATH ;; esac
user_prefix=${1:-}
[ -n "$user_prefix" ] && echo "user_prefix=$user_prefix"
[ -r /etc/os-release ] && . /etc/os-release && echo "os=${PRETTY_NAME:-$ID}"
echo "arch=$(uname -m)"

py=$(command -v python3 2>/dev/null || command -v python 2>/dev/null)
echo "python=$py"
if [ -n "$py" ]; then
    echo "python_version=$("$py" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)"
    "$py" - <<'PY' 2>&1 | sed -n '1,20p'
import os
try:
    import torch
except Exception as e:  # not only ImportError: a broken install raises others
    print("torch_error=%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else ""))
    raise SystemExit(0)
print("torch_version=%s" % torch.__version__)
print("torch_cuda=%s" % (torch.version.cuda or ""))
try:
    print("torch_abi=%d" % int(torch._C._GLIBCXX_USE_CXX11_ABI))
except Exception:
    pass
prefix = getattr(getattr(torch, "utils", None), "cmake_prefix_path", "")
print("torch_python_prefix=%s" % prefix)
print("torch_python_config=%s" % (os.path.isfile(os.path.join(prefix, "Torch", "TorchConfig.cmake")) and "yes" or "no"))
print("torch_gpu=%s" % ("yes" if torch.cuda.is_available() else "no"))
print("torch_gpu_count=%d" % (torch.cuda.device_count() if torch.cuda.is_available() else 0))
try:
    print("torch_bf16=%s" % ("yes" if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else "no"))
except Exception:
    pass
try:
    import torch.utils.cpp_extension as e
    paths = e.include_paths()
    print("torch_include=%s" % ":".join(paths))
    for p in paths:
        if os.path.isfile(os.path.join(p, "gloo", "algorithm.h")):
            print("gloo_torch=%s" % p)
            break
except Exception:
    pass
PY
fi

# A LibTorch installed outside Python (Debian's libtorch-dev, an unpacked libtorch zip).
for dir in /usr/lib/*/cmake/Torch /usr/lib/cmake/Torch /usr/local/libtorch/share/cmake/Torch \
    /opt/libtorch/share/cmake/Torch /usr/local/share/cmake/Torch; do
    if [ -f "$dir/TorchConfig.cmake" ]; then
        echo "torch_system_config=$dir"
        version=$(sed -n 's/.*PACKAGE_VERSION "\([^"]*\)".*/\1/p' "$dir/TorchConfigVersion.cmake" 2>/dev/null | head -n 1)
        echo "torch_system_version=$version"
        break
    fi
done
if [ -n "$user_prefix" ]; then
    for dir in "$user_prefix" "$user_prefix/Torch" "$user_prefix/share/cmake/Torch"; do
        [ -f "$dir/TorchConfig.cmake" ] && echo "user_prefix_config=$dir" && break
    done
fi

cmake=$(command -v cmake 2>/dev/null)
echo "cmake=$cmake"
[ -n "$cmake" ] && echo "cmake_version=$("$cmake" --version 2>/dev/null | sed -n '1s/^cmake version //p')"
cxx=
for c in c++ g++ clang++; do
    cxx=$(command -v "$c" 2>/dev/null) && break
done
echo "cxx=$cxx"
if [ -n "$cxx" ]; then
    echo "cxx_version=$("$cxx" -dumpfullversion -dumpversion 2>/dev/null | head -n 1)"
    echo "cxx_id=$("$cxx" --version 2>/dev/null | head -n 1)"
fi
echo "ninja=$(command -v ninja 2>/dev/null)"
echo "make=$(command -v make 2>/dev/null)"
echo "ccache=$(command -v ccache 2>/dev/null)"
nvcc=$(command -v nvcc 2>/dev/null)
[ -z "$nvcc" ] && [ -x /usr/local/cuda/bin/nvcc ] && nvcc=/usr/local/cuda/bin/nvcc
[ -z "$nvcc" ] && [ -n "${CUDA_HOME:-}" ] && [ -x "$CUDA_HOME/bin/nvcc" ] && nvcc=$CUDA_HOME/bin/nvcc
echo "nvcc=$nvcc"
[ -n "$nvcc" ] && echo "nvcc_version=$("$nvcc" --version 2>/dev/null | sed -n 's/.*release \([0-9.]*\).*/\1/p')"

gloo=
for dir in /usr/include /usr/local/include; do
    [ -f "$dir/gloo/algorithm.h" ] && gloo=$dir && break
done
echo "gloo=$gloo"

echo "cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)"
echo "mem_available_kb=$(sed -n 's/^MemAvailable: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
echo "nvidia_smi=$(command -v nvidia-smi 2>/dev/null)"
echo "home_writable=$([ -w "$HOME" ] && echo yes || echo no)"
echo "probe_end=1"
