# core/slurm: the batch-script model, the sbatch option catalog, validation, Slurm commands.
target_sources(patagon-core PRIVATE
)
