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

# These installed packages and everything they depend on (Depends, Pre-Depends; for each
# alternative or virtual package, the first installed one that satisfies it), so that the
# image's dpkg database has no unmet dependency.
package_names() {
    python3 - "$@" <<'PY'
import sys

packages, providers = {}, {}
for paragraph in open("/var/lib/dpkg/status", encoding="utf-8").read().split("\n\n"):
    fields, key = {}, None
    for line in paragraph.splitlines():
        if line[:1] in (" ", "\t") and key:
            fields[key] += " " + line.strip()
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    if "Package" not in fields or not fields.get("Status", "").endswith(" installed"):
        continue
    packages[fields["Package"]] = fields
    for provided in filter(None, (p.strip() for p in fields.get("Provides", "").split(","))):
        providers.setdefault(provided.split()[0], []).append(fields["Package"])

def installed(dependency):
    name = dependency.strip().split()[0].split(":")[0]
    if name in packages:
        return name
    return providers.get(name, [None])[0]

wanted, queue = set(), list(sys.argv[1:])
while queue:
    name = installed(queue.pop())
    if not name or name in wanted:
        continue
    wanted.add(name)
    fields = packages[name]
    for group in (fields.get("Pre-Depends", "") + "," + fields.get("Depends", "")).split(","):
        choices = [c for c in (installed(a) for a in group.split("|") if a.strip()) if c]
        if choices and not any(c in wanted for c in choices):
            queue.append(choices[0])
print("\n".join(sorted(wanted)))
PY
}

# dpkg's file list of these packages and everything they depend on, as /usr paths.
package_files() {
    package_names "$@" | xargs dpkg-query -L 2>/dev/null |
        sed -E 's#^/(bin|sbin|lib|lib64)/#/usr/\1/#' | grep '^/usr/' | sort -u
}

# The image-side stand-ins for PyPI and a Debian mirror (no network in the sandbox):
# $1/wheelhouse holds tiny pure-Python wheels, $1/apt a flat file: repository with one .deb.
make_packages() { # make_packages DIR
    local out=$1
    mkdir -p "$out/wheelhouse" "$out/apt" "$out/src"
    python3 - "$out/wheelhouse" <<'PY'
import base64, hashlib, sys, zipfile

def wheel(folder, name, version, module, code, requires=()):
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    files = {
        f"{module}/__init__.py": f'__version__ = "{version}"\n',
        f"{module}/__main__.py": code,
        f"{info}/METADATA": "Metadata-Version: 2.1\n"
        f"Name: {name}\nVersion: {version}\n"
        f"Summary: Patagon sandbox test package\n"
        + "".join(f"Requires-Dist: {r}\n" for r in requires),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: patagon-sandbox\n"
        "Root-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    path = f"{folder}/{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, text in files.items():
            data = text.encode()
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            record.append(f"{arcname},sha256={digest.decode()},{len(data)}")
            info_ = zipfile.ZipInfo(arcname, (2020, 1, 1, 0, 0, 0))
            info_.external_attr = 0o644 << 16
            z.writestr(info_, data)
        record.append(f"{info}/RECORD,,")
        info_ = zipfile.ZipInfo(f"{info}/RECORD", (2020, 1, 1, 0, 0, 0))
        info_.external_attr = 0o644 << 16
        z.writestr(info_, "\n".join(record) + "\n")

folder = sys.argv[1]
for version in ("1.0", "1.1"):
    wheel(folder, "patagon-hello", version, "patagon_hello",
          "from patagon_hello import __version__\nprint('patagon-hello', __version__)\n")
wheel(folder, "patagon-greet", "2.0", "patagon_greet",
      "import patagon_hello\nprint('patagon-greet 2.0 with patagon-hello', patagon_hello.__version__)\n",
      requires=("patagon-hello>=1.1",))
PY
    local src=$out/src/patagon-tool
    mkdir -p "$src/DEBIAN" "$src/usr/bin" "$src/usr/share/doc/patagon-tool"
    cat >"$src/DEBIAN/control" <<'CONTROL'
Package: patagon-tool
Version: 1.0-1
Architecture: all
Maintainer: Patagon Studio sandbox <sandbox@patagon.test>
Section: utils
Priority: optional
Description: Patagon sandbox test package
 Prints its version; installed by the app's apt flow in the sandbox's containers.
CONTROL
    printf '#!/bin/sh\necho "patagon-tool 1.0-1"\n' >"$src/usr/bin/patagon-tool"
    printf 'A test package of the Patagon Studio sandbox.\n' >"$src/usr/share/doc/patagon-tool/README"
    chmod 0755 "$src/usr/bin/patagon-tool"
    chmod -R u=rwX,go=rX "$src"
    dpkg-deb -Zgzip --root-owner-group --build "$src" "$out/apt/patagon-tool_1.0-1_all.deb" >/dev/null
    (cd "$out/apt" && apt-ftparchive packages . >Packages && gzip -9nkf Packages &&
        apt-ftparchive release . >Release)
    rm -rf "$out/src"
}

make_rootfs() { # make_rootfs DIR IMAGE_NAME ENV_LINES PACKAGES_DIR all|PACKAGE...
    local root=$1 image_name=$2 image_env=$3 packages=$4
    shift 4
    mkdir -p "$root"
    (cd "$root" && mkdir -p usr dev proc sys tmp run home root opt srv mnt media \
        var/tmp var/lib var/cache var/log var/spool var/lib/apt/lists/partial \
        var/cache/apt/archives/partial var/log/apt &&
        ln -sfn usr/bin bin && ln -sfn usr/sbin sbin && ln -sfn usr/lib lib && ln -sfn usr/lib64 lib64)
    chmod 1777 "$root/tmp" "$root/var/tmp"
    # /etc without secrets; readable by all, as users copy it into their containers.
    mkdir -p "$root/etc"
    tar -C /etc --exclude='./shadow*' --exclude='./gshadow*' --exclude='./ssh/ssh_host_*' \
        --exclude='./sudoers*' --exclude='./mysql' --exclude='./security/opasswd' \
        --exclude='./munge' --exclude='./ssl/private' -cf - . | tar -C "$root/etc" -xf -
    echo "$image_name" >"$root/etc/pyxis-sandbox-image"
    printf '%s\n' "$image_env" >"$root/etc/environment"

    # dpkg's database: the packages whose files the image holds.
    mkdir -p "$root/var/lib/dpkg"
    tar -C /var/lib/dpkg --exclude=./info --exclude='./status*' --exclude='./lock*' \
        --exclude=./available -cf - . | tar -C "$root/var/lib/dpkg" -xf -
    mkdir -p "$root/var/lib/dpkg/info"
    : >"$root/var/lib/dpkg/available"
    if [[ $1 == all ]]; then
        cp /var/lib/dpkg/status "$root/var/lib/dpkg/status"
        cp -a /var/lib/dpkg/info/. "$root/var/lib/dpkg/info/"
    else
        package_names "$@" >"$root/.packages"
        awk 'NR == FNR { keep[$1] = 1; next }
             /^Package: / { p = keep[$2] } p' "$root/.packages" RS= ORS='\n\n' \
            /var/lib/dpkg/status >"$root/var/lib/dpkg/status"
        local -A keep=()
        local p f n
        while IFS= read -r p; do keep[$p]=1; done <"$root/.packages"
        for f in /var/lib/dpkg/info/*; do # PACKAGE[:ARCH].WHAT
            n=${f##*/}
            n=${n%.*}
            [[ -n ${keep[${n%%:*}]:-} ]] && cp -a "$f" "$root/var/lib/dpkg/info/"
        done
        rm -f "$root/.packages"
    fi

    # apt: the local repository is the only source; it runs as (remapped) root in a user
    # namespace, where it cannot switch to _apt.
    rm -f "$root/etc/apt/sources.list" "$root"/etc/apt/sources.list.d/*
    mkdir -p "$root/etc/apt/sources.list.d" "$root/etc/apt/apt.conf.d" "$root/opt/patagon-apt"
    cp -a "$packages/apt/." "$root/opt/patagon-apt/"
    cat >"$root/etc/apt/sources.list.d/patagon-sandbox.sources" <<'SOURCES'
# The sandbox's stand-in for a Debian mirror (tests/sandbox/pyxis/setup.sh).
Types: deb
URIs: file:/opt/patagon-apt
Suites: ./
Trusted: yes
SOURCES
    cat >"$root/etc/apt/apt.conf.d/99patagon-sandbox" <<'APTCONF'
// Enroot-style containers: root is the user remapped in a user namespace.
APT::Sandbox::User "root";
Acquire::Languages "none";
APTCONF
    # pip: the image's stand-in for PyPI.
    mkdir -p "$root/opt/wheelhouse"
    cp -a "$packages/wheelhouse/." "$root/opt/wheelhouse/"
    cat >"$root/etc/pip.conf" <<'PIPCONF'
# The sandbox's stand-in for PyPI (tests/sandbox/pyxis/setup.sh): no network, a local wheelhouse.
[global]
no-index = true
find-links = /opt/wheelhouse
break-system-packages = true
disable-pip-version-check = true
PIPCONF
    chmod -R a+rX "$root"
}

build_image() { # build_image NAME ENV_LINES all|PACKAGE...
    local name=$1 env=$2
    shift 2
    local dir=$images/$name stamp
    # /etc/passwd and /etc/group too: the images carry a copy of /etc with the sandbox's users
    stamp=$({ sha256sum <"$here/setup.sh"; echo "$*"; dpkg-query -W; cat /etc/passwd /etc/group; } |
        sha256sum | cut -d' ' -f1)
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
    make_packages "$dir.new/packages"
    make_rootfs "$dir.new/rootfs" "$name" "$env" "$dir.new/packages" "$@"
    rm -rf "$dir.new/packages"
    echo "$stamp" >"$dir.new/.stamp"
    rm -rf "$dir.old"
    [[ -d $dir ]] && mv "$dir" "$dir.old"
    mv "$dir.new" "$dir"
    rm -rf "$dir.old"
    # The users' skeletons of the old image's /usr (made by the plugin; see README.md).
    rm -rf "$store"/data/user-*/.usr-"$name"-*
}

path_env=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
build_image python "$path_env
PYTHONUNBUFFERED=1
PYXIS_SANDBOX_IMAGE=python" \
    python3 python3-pip apt $(dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }')
build_image pytorch "$path_env
PYTORCH_BUILD_VERSION=2.6.0
PYXIS_SANDBOX_IMAGE=pytorch" all

# References the store answers (REGISTRY/IMAGE, any tag or digest) and the image behind each.
cat >"$images/aliases.new" <<'EOF'
# REGISTRY/IMAGE  image folder  [login: the registry needs credentials] (any tag or digest)
registry-1.docker.io/library/python    python
registry-1.docker.io/library/debian    python
registry-1.docker.io/library/ubuntu    python
registry-1.docker.io/pytorch/pytorch   pytorch
nvcr.io/nvidia/pytorch                 pytorch
ghcr.io/patagon/pytorch-like           pytorch
registry.patagon.test/private/trainer  python   login
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
        # overlayfs leaves its work folder (usr/.pyxis/work/work) with mode 0
        chmod -R u+rwX -- "\$data/\$n" 2>/dev/null
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
