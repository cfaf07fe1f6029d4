#!/usr/bin/env bash
# Assemble a CPU libtorch 2.4.0 (the version tch 0.17 / rust-bert 0.23 expects) from PyPI wheels
# into .libtorch/ inside the repo. Idempotent: does nothing when .libtorch/build-version says 2.4.0.
#
# Why: pytorch.org is unreachable here; PyPI's torch==2.4.0 wheel carries libtorch_cpu.so.
# We take only the CPU library, its two small CUDA runtime dependencies, and the headers,
# and add an empty libtorch.so stub so torch-sys's `-ltorch` links without the 2 GB CUDA libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST="${LIBTORCH_DEST:-.libtorch}"
VERSION=2.4.0
if [ -f "$DEST/build-version" ] && [ "$(cat "$DEST/build-version")" = "$VERSION" ] && [ -f "$DEST/lib/libtorch_cpu.so" ]; then
  echo "libtorch $VERSION already in $DEST"
  exit 0
fi
PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null || { echo "error: $PY not found; install Python 3 with pip (apt-get install python3-pip)" >&2; exit 2; }
command -v cc >/dev/null || { echo "error: a C compiler (cc) is needed for the libtorch.so stub (apt-get install gcc)" >&2; exit 2; }
WHEELS="$DEST.wheels"
mkdir -p "$WHEELS"
echo "downloading torch==$VERSION and CUDA runtime wheels from PyPI (about 800 MB, once)..."
# The torch wheel is cp311-specific; ask pip for that ABI explicitly so any local Python works.
if ! "$PY" -m pip download --quiet --no-deps --only-binary=:all: \
      --python-version 3.11 --implementation cp --abi cp311 --platform manylinux1_x86_64 \
      -d "$WHEELS" "torch==$VERSION" \
      "nvidia-cuda-runtime-cu12==12.1.105" "nvidia-cuda-cupti-cu12==12.1.105"; then
  echo "error: could not download torch==$VERSION from PyPI. Check that PyPI is reachable (pip config, proxy)," >&2
  echo "       or point LIBTORCH at an existing libtorch $VERSION folder and skip this step." >&2
  exit 2
fi
TMP="$DEST.tmp"
rm -rf "$TMP"; mkdir -p "$TMP/lib" "$TMP/unz"
# Extract with Python's zipfile (no unzip needed): headers, the CPU library and its runtime deps.
"$PY" - "$WHEELS" "$TMP" "$VERSION" <<'PYEOF'
import glob, os, shutil, sys, zipfile
wheels, tmp, version = sys.argv[1:4]
def extract(pattern, wanted, dest_of):
    whl = glob.glob(os.path.join(wheels, pattern))
    if not whl:
        sys.exit(f"error: no wheel matching {pattern} in {wheels}")
    with zipfile.ZipFile(whl[0]) as z:
        for name in z.namelist():
            if wanted(name) and not name.endswith("/"):
                dest = os.path.join(tmp, dest_of(name))
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with z.open(name) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
libs = ("torch/lib/libtorch_cpu.so", "torch/lib/libc10.so")
extract(f"torch-{version}-*.whl",
        lambda n: n.startswith("torch/include/") or n in libs or n.startswith("torch/lib/libgomp"),
        lambda n: n[len("torch/"):])
extract("nvidia_cuda_runtime_cu12-*.whl", lambda n: n.endswith("lib/libcudart.so.12"), lambda n: "lib/" + os.path.basename(n))
extract("nvidia_cuda_cupti_cu12-*.whl", lambda n: n.endswith("lib/libcupti.so.12"), lambda n: "lib/" + os.path.basename(n))
PYEOF
# Empty stand-in for the wheel's libtorch.so (which would pull in libtorch_cuda.so and 2 GB of CUDA).
echo 'void actorgraph_libtorch_stub(void) {}' > "$TMP/stub.c"
cc -shared -fPIC -Wl,-soname,libtorch.so -o "$TMP/lib/libtorch.so" "$TMP/stub.c"
rm "$TMP/stub.c"
echo "$VERSION" > "$TMP/build-version"
rm -rf "$DEST"; mv "$TMP" "$DEST"
rm -rf "$WHEELS"
echo "libtorch $VERSION ready in $DEST ($(du -sh "$DEST" | cut -f1))"
