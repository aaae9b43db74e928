#!/usr/bin/env bash
# One experiment as a Slurm job array: job I of N runs shard I/N on the cores it was given.
# Submit from the Liaison folder, after building once on the login node (`./liaison --version`):
#   sbatch --array=1-10 docs/cluster/slurm-array.sh docs/examples/sweep.yaml
# then merge when every job has succeeded (see docs/cluster.md).
#SBATCH --job-name=liaison-shard
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=shards/%x-%A_%a.log
set -euo pipefail
experiment="$1"
name="$(basename "${experiment%.*}")"
./liaison batch "$experiment" --shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}" \
  --threads "${SLURM_CPUS_PER_TASK:-1}" --out "shards/$name/${SLURM_ARRAY_TASK_ID}" -q --no-report
