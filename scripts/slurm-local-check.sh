#!/usr/bin/env bash
# Runs the shipped Slurm scripts (cluster/) end to end on a one-node Slurm cluster on localhost,
# and checks that the merged tables equal one run over the same dump, byte for byte. Not part of
# `make test`: it installs Debian's slurm-wlm and starts munged, slurmctld and slurmd as root.
# Usage: bash scripts/slurm-local-check.sh [ARTICLES=1000] [SHARDS=4]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"; SHARDS="${2:-4}"
ROOT=$PWD
BIN=$ROOT/target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
command -v slurmctld >/dev/null || { apt-get install -y slurm-wlm || { apt-get update && apt-get install -y slurm-wlm; }; }
# One-node cluster on this machine.
host=$(hostname -s)
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
[ -f /etc/munge/munge.key ] || { mkdir -p /etc/munge; dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; }
chown -R munge:munge /etc/munge /run/munge 2>/dev/null || true; chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- /usr/sbin/munged
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=local
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
pgrep -x slurmctld >/dev/null || /usr/sbin/slurmctld
pgrep -x slurmd >/dev/null || /usr/sbin/slurmd
for _ in $(seq 1 30); do sinfo -h -o %T 2>/dev/null | grep -qE "idle|mixed" && break; sleep 1; done
sinfo
# A dump of N articles made from the seeds (dated copies), as text files.
WORK=$ROOT/bench/out/slurm-check
rm -rf "$WORK"; mkdir -p "$WORK/dump"
python3 - "$N" "$WORK/dump" <<'PY'
import os, sys
n, out = int(sys.argv[1]), sys.argv[2]
seeds = sorted(f for f in os.listdir("seeds") if f.endswith(".txt"))
texts = [open(os.path.join("seeds", f), encoding="utf-8").read() for f in seeds]
for i in range(n):
    open(os.path.join(out, f"a{i:05d}.txt"), "w", encoding="utf-8").write(f"Copy {i} of the article.\n{texts[i % len(texts)]}")
PY
# The shipped scripts, through Slurm.
export ACTORGRAPH=$BIN
ids=$(cluster/submit-slurm.sh "$WORK/dump" "$WORK/runs" "$SHARDS" --chdir="$WORK")
echo "$ids"
merge_id=${ids##* }
while squeue -h -j "$merge_id" 2>/dev/null | grep -q .; do sleep 5; done
sacct -j "$merge_id" 2>/dev/null | head -5 || true
[ -f "$WORK/runs/all/run.json" ] || { echo "merge did not run; task logs:"; tail -n 5 "$WORK"/*.log; exit 1; }
# One run over everything, and the comparison.
"$BIN" run "$WORK/dump" -o "$WORK/one" --force > /dev/null
status=0
for t in documents.csv mentions.csv actors.csv relations.csv events.csv candidates.csv nodes.csv edges.csv timeline.csv graph.gexf report.html; do
  if cmp -s "$WORK/one/$t" "$WORK/runs/all/$t"; then echo "same bytes: $t"; else echo "DIFFERS: $t"; status=1; fi
done
exit $status
