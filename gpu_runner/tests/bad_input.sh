# gpu_runner.bad_input: broken data and checkpoints give a clear message naming the file and the
# problem, exit code 1, and leave nothing behind.
source "$(dirname "$0")/lib.sh"
need_fashion

# refuse NAME TEXT... -- ARGS : patagon-train ARGS exits 1, stderr holds every TEXT, and the
# run folder $WORK/out-NAME was not created; run through the command in UNDER, if any
UNDER=()
refuse() {
    local name=$1
    shift
    local texts=()
    while [[ $1 != -- ]]; do
        texts+=("$1")
        shift
    done
    shift
    run 1 "$name" "${UNDER[@]}" "$PATAGON_TRAIN" "$@"
    expect_in "$WORK/$name.err" "${texts[@]}"
    [[ ! -e $WORK/out-$name ]] || fail "$name: $WORK/out-$name was created"
    pass "$name: $(head -n 1 "$WORK/$name.err")"
}

refuse missing-folder "$WORK/nowhere" "does not exist" -- \
    train --data "fashion-mnist:$WORK/nowhere" --out "$WORK/out-missing-folder"
refuse unknown-kind "unknown dataset kind 'svhn'" -- \
    train --data "svhn:$WORK" --out "$WORK/out-unknown-kind"
mkdir -p "$WORK/empty"
refuse no-files "no training images in $WORK/empty" "train-images-idx3-ubyte" -- \
    train --data "mnist:$WORK/empty" --out "$WORK/out-no-files"

# IDX: a copy of the real test split beside a broken training split
zcat "$FASHION/train-images-idx3-ubyte.gz" >"$WORK/train-images"
zcat "$FASHION/train-labels-idx1-ubyte.gz" >"$WORK/train-labels"
idx() {
    local dir=$WORK/$1
    mkdir -p "$dir"
    cp "$FASHION"/t10k-* "$dir"/
    # a valid label file of 1000 labels
    { printf '\x00\x00\x08\x01\x00\x00\x03\xe8'; tail -c +9 "$WORK/train-labels" | head -c 1000 || true; } \
        >"$dir/train-labels-idx1-ubyte"
    echo "$dir"
}
d=$(idx bad-magic)
head -c 784016 "$WORK/train-images" >"$d/train-images-idx3-ubyte"
printf '\x00\x00\x08\x02' | dd of="$d/train-images-idx3-ubyte" conv=notrunc status=none
refuse bad-magic "$d/train-images-idx3-ubyte" "wrong IDX magic number" "found 00 00 08 02" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-bad-magic"

d=$(idx truncated-idx)
head -c 500000 "$WORK/train-images" >"$d/train-images-idx3-ubyte"
refuse truncated-idx "$d/train-images-idx3-ubyte" "is truncated" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-truncated-idx"

d=$(idx truncated-gzip)
rm "$d/train-labels-idx1-ubyte"
cp "$FASHION/train-labels-idx1-ubyte.gz" "$d/"
head -c 100000 "$FASHION/train-images-idx3-ubyte.gz" >"$d/train-images-idx3-ubyte.gz"
refuse truncated-gzip "$d/train-images-idx3-ubyte.gz" "truncated" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-truncated-gzip"

d=$(idx count-mismatch)
{ printf '\x00\x00\x08\x03\x00\x00\x00\x05\x00\x00\x00\x1c\x00\x00\x00\x1c'; head -c 3920 /dev/zero; } \
    >"$d/train-images-idx3-ubyte"
refuse count-mismatch "holds 5 images but" "holds 1000 labels" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-count-mismatch"

# CIFAR-10 binary batches
"$PATAGON_TESTDATA" cifar "$WORK/cifar" --train 100 --test 20 --batches 2
head -c 30000 "$WORK/cifar/data_batch_1.bin" >"$WORK/cifar/cut" && mv "$WORK/cifar/cut" "$WORK/cifar/data_batch_1.bin"
refuse truncated-cifar "$WORK/cifar/data_batch_1.bin" "not a multiple of 3073" -- \
    train --data "cifar10:$WORK/cifar" --out "$WORK/out-truncated-cifar"
mkdir -p "$WORK/cifar-nolabel"
"$PATAGON_TESTDATA" cifar "$WORK/cifar-nolabel" --train 20 --test 20 --batches 1
printf '\x0c' | dd of="$WORK/cifar-nolabel/data_batch_1.bin" bs=1 seek=3073 conv=notrunc status=none
refuse bad-cifar-label "$WORK/cifar-nolabel/data_batch_1.bin" "label 12 of item 1 is out of range" -- \
    train --data "cifar10:$WORK/cifar-nolabel" --out "$WORK/out-bad-cifar-label"

# image folders
"$PATAGON_TESTDATA" imagefolder "$WORK/images" --classes 3 --per-class 8
mkdir "$WORK/images/train/class_9"
refuse empty-class "class folder $WORK/images/train/class_9 holds no images" -- \
    train --data "imagefolder:$WORK/images" --out "$WORK/out-empty-class"
rmdir "$WORK/images/train/class_9"
cp "$WORK/images/train/class_1/img_2.png" "$WORK/saved.png"
echo "not an image" >"$WORK/images/train/class_1/img_2.png"
refuse bad-png "cannot read image $WORK/images/train/class_1/img_2.png" "not a PNG or JPEG image" -- \
    train --data "imagefolder:$WORK/images" --out "$WORK/out-bad-png"
cp "$WORK/saved.png" "$WORK/images/train/class_1/img_2.png"
head -c 300 "$WORK/images/train/class_2/img_1.jpg" >"$WORK/cut.jpg"
mv "$WORK/cut.jpg" "$WORK/images/train/class_2/img_1.jpg"
refuse bad-jpeg "cannot read image $WORK/images/train/class_2/img_1.jpg" "invalid JPEG" -- \
    train --data "imagefolder:$WORK/images" --out "$WORK/out-bad-jpeg"
: >"$WORK/images/train/class_2/img_1.jpg"
refuse empty-image "cannot read image $WORK/images/train/class_2/img_1.jpg" "empty" -- \
    train --data "imagefolder:$WORK/images" --out "$WORK/out-empty-image"

# checkpoints: of another model, of other data, not a checkpoint at all, truncated
run 0 small "$PATAGON_TRAIN" train --data "fashion-mnist:$FASHION" --limit-train 256 \
    --limit-test 100 --epochs 1 --threads 2 --out "$WORK/small"
CK=$WORK/small/checkpoints/last.pt
refuse other-model "checkpoint $CK holds a smallcnn model, not the resnet9 asked for" -- \
    train --data "fashion-mnist:$FASHION" --limit-train 256 --model resnet9 --resume "$CK" \
    --out "$WORK/out-other-model"
"$PATAGON_TESTDATA" cifar "$WORK/cifar-ok" --train 50 --test 20 --batches 1
refuse other-data "checkpoint $CK was trained on images of 1 channel(s), 28x28 px" "3 channel(s), 32x32 px" -- \
    eval --checkpoint "$CK" --data "cifar10:$WORK/cifar-ok"
echo "garbage" >"$WORK/garbage.pt"
refuse not-checkpoint "checkpoint $WORK/garbage.pt is not a patagon-train checkpoint" -- \
    eval --checkpoint "$WORK/garbage.pt" --data "fashion-mnist:$FASHION"
head -c 20000 "$CK" >"$WORK/cut.pt"
refuse truncated-checkpoint "checkpoint $WORK/cut.pt is not a patagon-train checkpoint" -- \
    train --data "fashion-mnist:$FASHION" --resume "$WORK/cut.pt" --out "$WORK/out-truncated-checkpoint"
refuse missing-checkpoint "checkpoint $WORK/none.pt does not exist" -- \
    eval --checkpoint "$WORK/none.pt" --data "fashion-mnist:$FASHION"

# checkpoints whose metadata claims what the trainer cannot use: data.pkl (the metadata) edited
# in place, same length, and its CRC in the zip updated, so LibTorch reads a sound archive
edit_checkpoint() { # IN OUT OLD NEW (OLD and NEW with Python's escapes)
    "$PYTHON3" - "$@" <<'PY'
import struct, sys, zipfile, zlib
src, dst, old, new = sys.argv[1:5]
old, new = (t.encode().decode("unicode_escape").encode() for t in (old, new))
assert len(old) == len(new)
data = bytearray(open(src, "rb").read())
z = zipfile.ZipFile(src)
info = next(i for i in z.infolist() if i.filename.endswith("/data.pkl"))
assert info.compress_type == zipfile.ZIP_STORED
name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
start = info.header_offset + 30 + name_len + extra_len
body = bytes(data[start:start + info.file_size])
assert body.count(old) == 1, "OLD must occur once in data.pkl"
body = body.replace(old, new)
data[start:start + len(body)] = body
crc = struct.pack("<I", zlib.crc32(body))
data[info.header_offset + 14:info.header_offset + 18] = crc
at = z.start_dir  # the central directory: the entry's copy of the CRC
while data[at:at + 4] == b"PK\x01\x02":
    n, e, c = struct.unpack_from("<HHH", data, at + 28)
    if data[at + 46:at + 46 + n].decode() == info.filename:
        data[at + 16:at + 20] = crc
    at += 46 + n + e + c
open(dst, "wb").write(data)
PY
}
edit_checkpoint "$CK" "$WORK/names.pt" 'T-shirt/top\nTrouser' 'T-shirt/top Trouser'
refuse class-names "checkpoint $WORK/names.pt is not a patagon-train checkpoint" \
    "it names 9 classes for a model of 10" -- \
    eval --checkpoint "$WORK/names.pt" --data "fashion-mnist:$FASHION" --limit-test 100
edit_checkpoint "$CK" "$WORK/config.pt" '{"data":' '["data",'
refuse config-not-json "checkpoint $WORK/config.pt is not a patagon-train checkpoint" \
    "its training options are not a JSON object" -- \
    info --json --checkpoint "$WORK/config.pt"

# ------------------------------------------------------------------ hostile input
# Files whose headers claim more than their data holds. Each runs under an address-space limit
# (ulimit -v), so a trainer that believed the header would fail to allocate instead of taking
# the machine's memory: the expected message is the refusal by the header.
# Thread pools and malloc arenas are bounded, so the address space used does not grow with the
# machine's core count.
LIMIT_KB=$((3 * 1024 * 1024))
limited() {
    if [[ -n ${PATAGON_SANITIZED:-} ]]; then
        # AddressSanitizer reserves terabytes of address space for its shadow memory, so no
        # `ulimit -v` here: its allocator refuses any single allocation above the limit instead,
        # and such a refusal is a report that fails the test.
        ASAN_OPTIONS="$ASAN_OPTIONS:max_allocation_size_mb=$((LIMIT_KB / 1024))" \
            OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 "$@"
        return
    fi
    OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MALLOC_ARENA_MAX=2 \
        bash -c 'ulimit -v "$1"; shift; exec "$@"' limited "$LIMIT_KB" "$@"
}
refuse_limited() {
    UNDER=(limited)
    refuse "$@"
    UNDER=()
}

# a ~100-byte PNG claiming 65535x65535 (12 GiB of RGB; 4 GiB where the size wraps at 32 bits)
"$PATAGON_TESTDATA" png-header "$WORK/images/train/class_0/a_bomb.png" 65535 65535
[[ $(stat -c %s "$WORK/images/train/class_0/a_bomb.png") -lt 120 ]] || fail "the PNG bomb is not small"
refuse_limited png-bomb "cannot read image $WORK/images/train/class_0/a_bomb.png" \
    "its header claims 65535x65535 pixels, more than the 67108864 this trainer decodes" -- \
    train --data "imagefolder:$WORK/images" --cache-dir none --threads 2 --out "$WORK/out-png-bomb"
rm "$WORK/images/train/class_0/a_bomb.png"

# a JPEG claiming 65500x65500: even at 1/8 scale that would be 8188x8188 (200 MB) to decode
"$PATAGON_TESTDATA" jpeg-header "$WORK/images/train/class_0/a_bomb.jpg" 65500 65500
refuse_limited jpeg-bomb "cannot read image $WORK/images/train/class_0/a_bomb.jpg" \
    "its header claims 65500x65500 pixels, more than the 134217728 this trainer reads" -- \
    train --data "imagefolder:$WORK/images" --cache-dir none --threads 2 --out "$WORK/out-jpeg-bomb"
# within the JPEG cap, but 16000x8000 at --image-size 4096 cannot be scaled down: too many pixels
"$PATAGON_TESTDATA" jpeg-header "$WORK/images/train/class_0/a_bomb.jpg" 16000 8000
refuse_limited jpeg-decoded "cannot read image $WORK/images/train/class_0/a_bomb.jpg" \
    "decodes to 16000x8000 pixels" "more than the 67108864 this trainer decodes" -- \
    train --data "imagefolder:$WORK/images" --cache-dir none --threads 2 --image-size 4096 --limit-train 1 \
    --limit-test 1 --out "$WORK/out-jpeg-decoded"
rm "$WORK/images/train/class_0/a_bomb.jpg"
# a ~1 KB progressive JPEG claiming 11585x11585: decoded at 1/8 scale for --image-size 64, but
# libjpeg would first hold all its coefficients (768 MiB), in every decoding thread
"$PATAGON_TESTDATA" progressive-jpeg-header "$WORK/images/train/class_0/a_bomb.jpg" 11585 11585
refuse_limited jpeg-coefficients "cannot read image $WORK/images/train/class_0/a_bomb.jpg" \
    "its header claims 11585x11585 pixels in several scans (progressive)" \
    "more than the 268435456 this trainer allows" -- \
    train --data "imagefolder:$WORK/images" --cache-dir none --threads 2 --out "$WORK/out-jpeg-coefficients"
rm "$WORK/images/train/class_0/a_bomb.jpg"

# IDX: a zero dimension, dimensions whose product overflows 64 bits, a gzip bomb
d=$(idx zero-dim)
printf '\x00\x00\x08\x03\x00\x00\x03\xe8\x00\x00\x00\x00\x00\x00\x00\x1c' >"$d/train-images-idx3-ubyte"
refuse zero-dim "$d/train-images-idx3-ubyte is not a valid IDX file" "dimension 2 of its header is 0" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-zero-dim"
d=$(idx overflow-dims)
printf '\x00\x00\x08\x03\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff' >"$d/train-images-idx3-ubyte"
refuse overflow-dims "$d/train-images-idx3-ubyte is not a valid IDX file" \
    "announces 4294967295x4294967295x4294967295 bytes of data, more than this machine's memory" -- \
    train --data "fashion-mnist:$d" --out "$WORK/out-overflow-dims"
# 1000 real images, then 4 GiB of zeros in 64 concatenated gzip members (4 MB on disk)
d=$(idx gzip-bomb)
{ printf '\x00\x00\x08\x03\x00\x00\x03\xe8\x00\x00\x00\x1c\x00\x00\x00\x1c'
  tail -c +17 "$WORK/train-images" | head -c 784000 || true; } | gzip -1 >"$d/train-images-idx3-ubyte.gz"
head -c $((64 << 20)) /dev/zero | gzip -1 >"$WORK/zeros.gz"
for _ in $(seq 64); do cat "$WORK/zeros.gz"; done >>"$d/train-images-idx3-ubyte.gz"
refuse_limited gzip-bomb "$d/train-images-idx3-ubyte.gz is not a valid IDX file" \
    "at least 65536 unexpected bytes follow the data its header announces" -- \
    train --data "fashion-mnist:$d" --threads 2 --out "$WORK/out-gzip-bomb"
