#!/usr/bin/env bash
# One experiment as a PBS Pro / OpenPBS job array: subjob I of N runs shard I/N.
# Submit from the Liaison folder, after building once on the login node (`./liaison --version`):
#   qsub -J 1-10 -v EXPERIMENT=docs/examples/sweep.yaml,SHARDS=10 docs/cluster/pbs-array.sh
# (Torque: `qsub -t 1-10 ...`, and PBS_ARRAYID instead of PBS_ARRAY_INDEX.)
#PBS -N liaison-shard
#PBS -l select=1:ncpus=4:mem=2gb
#PBS -l walltime=02:00:00
#PBS -j oe
set -euo pipefail
cd "${PBS_O_WORKDIR:-.}"
index="${PBS_ARRAY_INDEX:-${PBS_ARRAYID:?not started as an array job}}"
name="$(basename "${EXPERIMENT%.*}")"
./liaison batch "$EXPERIMENT" --shard "$index/$SHARDS" --threads "${NCPUS:-1}" \
  --out "shards/$name/$index" -q --no-report
