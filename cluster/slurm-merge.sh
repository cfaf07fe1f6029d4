#!/bin/bash
# Slurm merge job, run after the array with --dependency=afterok:ARRAY_JOB_ID: joins the shards'
# outputs RUNS/1..N into RUNS/all (byte-identical to one run over the whole dump). merge refuses
# shards that overlap or were made with another model, registry or options.
#SBATCH --job-name=actorgraph-merge
#SBATCH --cpus-per-task=1
#SBATCH --output=%x-%j.log
set -euo pipefail
: "${RUNS:?set RUNS}"
: "${SHARDS:?set SHARDS}"
ACTORGRAPH="${ACTORGRAPH:-actorgraph}"
shards=()
for k in $(seq 1 "$SHARDS"); do shards+=("$RUNS/$k"); done
exec "$ACTORGRAPH" merge "${shards[@]}" -o "$RUNS/all" --force
