#!/usr/bin/env python3
"""Average the weights of fine-tuned models of one architecture (a "model soup").

Fine-tunes that start from the same pretrained encoder tend to land in one basin of the loss, so
their averaged weights usually score at least as well as each of them, at the cost of one model
(Wortsman et al. 2022, "Model soups"). This writes the uniform average of the input folders'
`model.safetensors` into OUT, with the first folder's config, tokenizer and vocabulary.

Usage: python3 scripts/average-models.py OUT MODEL_DIR MODEL_DIR [MODEL_DIR ...]
Needs numpy (pip install numpy). Tensors are averaged in float32 and written in the first
model's dtype (fp16 for `actorgraph train`'s default).
"""
import json
import shutil
import struct
import sys
from pathlib import Path

import numpy as np

DTYPES = {"F16": np.float16, "F32": np.float32, "BF16": None, "I64": np.int64}


def read(path):
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    meta = header.pop("__metadata__", None)
    body = memoryview(raw)[8 + n :]
    tensors = {}
    for name, spec in header.items():
        dtype = DTYPES.get(spec["dtype"])
        if dtype is None:
            sys.exit(f"error: {path}: tensor {name} has dtype {spec['dtype']}, which this script cannot read")
        start, end = spec["data_offsets"]
        tensors[name] = (np.frombuffer(body[start:end], dtype=dtype).reshape(spec["shape"]), spec["dtype"])
    return tensors, meta


def write(path, tensors, meta):
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        array, dtype = tensors[name]
        data = np.ascontiguousarray(array).tobytes()
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    if meta:
        header["__metadata__"] = meta
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(encoded)))
        out.write(encoded)
        for chunk in chunks:
            out.write(chunk)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[2])
    out, inputs = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    models = []
    for folder in inputs:
        weights = folder / "model.safetensors"
        if not weights.is_file():
            sys.exit(f"error: {weights} not found; give folders written by `actorgraph train`")
        models.append(read(weights))
    first, meta = models[0]
    for folder, (tensors, _) in zip(inputs[1:], models[1:]):
        if tensors.keys() != first.keys() or any(tensors[k][0].shape != first[k][0].shape for k in first):
            sys.exit(f"error: {folder} does not have {inputs[0]}'s tensors and shapes; only one architecture and label set can be averaged")
    averaged = {}
    for name, (array, dtype) in first.items():
        if not np.issubdtype(array.dtype, np.floating):
            averaged[name] = (array, dtype)
            continue
        total = sum(m[name][0].astype(np.float32) for m, _ in models) / len(models)
        averaged[name] = (total.astype(array.dtype), dtype)
    out.mkdir(parents=True, exist_ok=True)
    for item in inputs[0].iterdir():
        if item.is_file() and item.name not in ("model.safetensors", "checkpoint.safetensors", "MODEL_CARD.md"):
            shutil.copy2(item, out / item.name)
    write(out / "model.safetensors", averaged, meta)
    print(f"averaged {len(models)} models ({len(averaged)} tensors) into {out}")


if __name__ == "__main__":
    main()
