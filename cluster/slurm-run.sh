#!/bin/bash
# Slurm job array: one task per shard. Submit with cluster/submit-slurm.sh, or by hand:
#   sbatch --array=1-N --export=ALL,INPUT=/data/dump,RUNS=/data/runs,SHARDS=N cluster/slurm-run.sh
# Each task processes shard K of N (by content hash) into RUNS/K, resuming from its own cache if
# the task was requeued. Exit 0: inputs processed or skipped by policy; 1: an input failed (the
# merge job, started with afterok, then does not run; see RUNS/K/documents.csv); 2: could not start.
#SBATCH --job-name=actorgraph
#SBATCH --cpus-per-task=2
#SBATCH --output=%x-%A_%a.log
set -euo pipefail
: "${INPUT:?set INPUT to the dump (files or folders)}"
: "${RUNS:?set RUNS to the folder for the shard outputs}"
: "${SHARDS:?set SHARDS to the number of shards}"
ACTORGRAPH="${ACTORGRAPH:-actorgraph}"
K="${SLURM_ARRAY_TASK_ID:?run as a job array (sbatch --array=1-N)}"
mkdir -p "$RUNS"
exec "$ACTORGRAPH" run $INPUT --shard "$K/$SHARDS" -o "$RUNS/$K" --resume -j "${SLURM_CPUS_PER_TASK:-2}"
