#!/usr/bin/env bash
# Merges the shards of docs/cluster/slurm-array.sh once they all succeeded:
#   jobs=$(sbatch --parsable --array=1-10 docs/cluster/slurm-array.sh docs/examples/sweep.yaml)
#   sbatch --dependency=afterok:$jobs docs/cluster/slurm-merge.sh docs/examples/sweep.yaml
#SBATCH --job-name=liaison-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=shards/%x-%j.log
set -euo pipefail
experiment="$1"
name="$(basename "${experiment%.*}")"
./liaison merge shards/"$name"/* --out "runs/$name"
