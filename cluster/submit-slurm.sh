#!/bin/bash
# Submit a sharded actorgraph run to Slurm: a job array of N tasks, then the merge job once every
# task has succeeded. Prints the two job ids.
# Usage: cluster/submit-slurm.sh INPUT RUNS N [extra sbatch options...]
set -euo pipefail
INPUT=${1:?usage: submit-slurm.sh INPUT RUNS N}; RUNS=${2:?}; N=${3:?}; shift 3
here="$(cd "$(dirname "$0")" && pwd)"
array=$(sbatch --parsable --array="1-$N" --export="ALL,INPUT=$INPUT,RUNS=$RUNS,SHARDS=$N" "$@" "$here/slurm-run.sh")
merge=$(sbatch --parsable --dependency="afterok:$array" --export="ALL,RUNS=$RUNS,SHARDS=$N" "$@" "$here/slurm-merge.sh")
echo "array job $array, merge job $merge"
