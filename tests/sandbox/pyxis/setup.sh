#!/usr/bin/env bash
# Sets up the sandbox's Pyxis-compatible SPANK plugin (called by tests/sandbox/sandbox.sh):
# compiles spank_pyxis.c when it changed, prepares the image store, writes plugstack.conf.
# Arguments: ETC_DIR (where plugstack.conf lives) STATE_DIR. Idempotent; a no-op run takes
# well under a second. What the plugin models: README.md beside this file.
set -euo pipefail
etc=$1
state=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
store=$state/pyxis
images=$store/images
spool=$state/spool/slurmd
enroot_version=${PATAGON_SANDBOX_ENROOT_VERSION:-3.4.1}

say() { printf '[sandbox/pyxis] %s\n' "$*" >&2; }

mkdir -p "$images"
chmod 0755 "$store" "$images"
# Each user's containers go to data/user-UID (made by the plugin, as the user).
mkdir -p "$store/data"
chmod 1777 "$store/data"

# ------------------------------------------------------------------ the plugin
so=$store/spank_pyxis.so
hash=$(cat "$here/spank_pyxis.c" /usr/include/slurm/spank.h | sha256sum | cut -d' ' -f1)
if [[ ! -s $so || $(cat "$so.sha256" 2>/dev/null) != "$hash" ]]; then
    say "compiling the plugin"
    # Paths are bounded by PATH_MAX: a truncated snprintf is checked where it matters.
    gcc -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-format-truncation -fPIC -shared -o "$so.tmp" "$here/spank_pyxis.c"
    mv -f "$so.tmp" "$so"
    echo "$hash" >"$so.sha256"
fi
chmod 0755 "$so"

# ------------------------------------------------------------------ the image store
# An image is images/NAME/{rootfs,usr}: rootfs holds the small top-level folders (copied into
# each container, owned by its user), usr a hard-linked copy of the build root's /usr (whole,
# or only the files of some packages), mounted read-only into containers made from the image.

# dpkg's file list of these packages and everything they depend on, as /usr paths.
package_files() {
    apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances "$@" 2>/dev/null |
        grep -v '^[[:space:]<]' | sort -u | xargs dpkg-query -L 2>/dev/null |
        sed -E 's#^/(bin|sbin|lib|lib64)/#/usr/\1/#' | grep '^/usr/' | sort -u
}

make_rootfs() { # make_rootfs DIR IMAGE_NAME ENV_LINES
    local root=$1
    mkdir -p "$root"
    (cd "$root" && mkdir -p usr dev proc sys tmp run home root opt srv mnt media \
        var/tmp var/lib var/cache var/log var/spool &&
        ln -sfn usr/bin bin && ln -sfn usr/sbin sbin && ln -sfn usr/lib lib && ln -sfn usr/lib64 lib64)
    chmod 1777 "$root/tmp" "$root/var/tmp"
    # /etc without secrets; readable by all, as users copy it into their containers.
    mkdir -p "$root/etc"
    tar -C /etc --exclude='./shadow*' --exclude='./gshadow*' --exclude='./ssh/ssh_host_*' \
        --exclude='./sudoers*' --exclude='./mysql' --exclude='./security/opasswd' \
        --exclude='./munge' --exclude='./ssl/private' -cf - . | tar -C "$root/etc" -xf -
    echo "$2" >"$root/etc/pyxis-sandbox-image"
    printf '%s\n' "$3" >"$root/etc/environment"
    chmod -R a+rX "$root"
}

build_image() { # build_image NAME ENV_LINES all|PACKAGE...
    local name=$1 env=$2
    shift 2
    local dir=$images/$name stamp
    stamp=$({ sha256sum <"$here/setup.sh"; echo "$*"; dpkg-query -W; } | sha256sum | cut -d' ' -f1)
    [[ -d $dir && $(cat "$dir/.stamp" 2>/dev/null) == "$stamp" ]] && return 0
    say "building image $name"
    rm -rf "$dir.new"
    mkdir -p "$dir.new"
    if [[ $1 == all ]]; then
        cp -al /usr "$dir.new/usr"
    else
        mkdir -p "$dir.new/usr"
        package_files "$@" | while IFS= read -r f; do
            if [[ -L $f || ! -d $f ]]; then printf '%s\0' "$f"; fi
        done | (cd / && xargs -0 -r cp -al --parents -t "$dir.new")
    fi
    make_rootfs "$dir.new/rootfs" "$name" "$env"
    echo "$stamp" >"$dir.new/.stamp"
    rm -rf "$dir.old"
    [[ -d $dir ]] && mv "$dir" "$dir.old"
    mv "$dir.new" "$dir"
    rm -rf "$dir.old"
}

path_env=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
build_image python "$path_env
PYTHONUNBUFFERED=1
PYXIS_SANDBOX_IMAGE=python" \
    python3 bash dash coreutils grep sed findutils debianutils base-files libc-bin
build_image pytorch "$path_env
PYTORCH_BUILD_VERSION=2.6.0
PYXIS_SANDBOX_IMAGE=pytorch" all

# References the store answers (REGISTRY/IMAGE, any tag or digest) and the image behind each.
cat >"$images/aliases.new" <<'EOF'
# REGISTRY/IMAGE  image folder (any tag or digest is accepted)
registry-1.docker.io/library/python    python
registry-1.docker.io/library/debian    python
registry-1.docker.io/library/ubuntu    python
registry-1.docker.io/pytorch/pytorch   pytorch
nvcr.io/nvidia/pytorch                 pytorch
ghcr.io/patagon/pytorch-like           pytorch
EOF
mv -f "$images/aliases.new" "$images/aliases"
chmod 0644 "$images/aliases"

# ------------------------------------------------------------------ enroot, as users probe it
cat >/usr/local/bin/enroot.new <<EOF
#!/bin/sh
# The sandbox's stand-in for enroot (tests/sandbox/pyxis/setup.sh): version, list, remove.
data=$store/data/user-\$(id -u)
case "\${1:-}" in
version) echo "$enroot_version" ;;
list) [ -d "\$data" ] && ls -1 "\$data" | grep -v '\.tmp[0-9]*\$' ; exit 0 ;;
remove)
    shift
    [ "\${1:-}" = -f ] && shift
    [ \$# -gt 0 ] || { echo "Usage: enroot remove [-f] NAME..." >&2; exit 1; }
    for n in "\$@"; do
        case "\$n" in */*|.*|'') echo "[ERROR] Invalid container name: \$n" >&2; exit 1 ;; esac
        [ -d "\$data/\$n" ] || { echo "[ERROR] No such file or directory: \$data/\$n" >&2; exit 1; }
        rm -rf -- "\$data/\$n"
    done ;;
*) echo "Usage: enroot COMMAND [ARG...] (the sandbox models: version, list, remove)" >&2; exit 1 ;;
esac
EOF
chmod 0755 /usr/local/bin/enroot.new
mv -f /usr/local/bin/enroot.new /usr/local/bin/enroot

# ------------------------------------------------------------------ plugstack.conf
cat >"$etc/plugstack.conf" <<EOF
# SPANK plugins of the sandbox
# The Pyxis-compatible plugin (tests/sandbox/pyxis): --container-* options for srun and sbatch.
required $so store=$store spool=$spool enroot_version=$enroot_version rootfs_writable=0 mount_home=1
EOF
