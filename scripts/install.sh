#!/usr/bin/env bash
# Install actorgraph under PREFIX (default ~/.local):
#   PREFIX/bin/actorgraph                 the binary (its run path finds PREFIX/lib/actorgraph)
#   PREFIX/lib/actorgraph/*.so            the libtorch libraries it links
#   PREFIX/share/actorgraph/{models,actors,verbs}   the shipped model, registry and verb table
# The binary finds its data there from any working directory; ACTORGRAPH_MODEL,
# ACTORGRAPH_ACTORS, ACTORGRAPH_VERBS and ACTORGRAPH_POS_MODEL override.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX="${1:-$HOME/.local}"
[ -x target/release/actorgraph ] || { echo "error: build first (make install does)" >&2; exit 2; }
[ -d .libtorch/lib ] || { echo "error: .libtorch/lib missing; run make setup" >&2; exit 2; }
mkdir -p "$PREFIX/bin" "$PREFIX/lib/actorgraph" "$PREFIX/share/actorgraph"
cp -f .libtorch/lib/*.so* "$PREFIX/lib/actorgraph/"
cp -f target/release/actorgraph "$PREFIX/bin/actorgraph"
rm -rf "$PREFIX/share/actorgraph/models" "$PREFIX/share/actorgraph/actors" "$PREFIX/share/actorgraph/verbs"
cp -r models actors verbs "$PREFIX/share/actorgraph/"
echo "installed: $PREFIX/bin/actorgraph (data in $PREFIX/share/actorgraph, libtorch in $PREFIX/lib/actorgraph)"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "note: add $PREFIX/bin to PATH" ;; esac
