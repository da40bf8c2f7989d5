# core/slurm: the batch-script model, the sbatch option catalog, validation, Slurm commands.
target_sources(patagon-core PRIVATE
    slurm/optioncatalog.h slurm/optioncatalog.cpp
    slurm/batchscript.h slurm/batchscript.cpp
    slurm/scriptproblem.h
    slurm/valuecheck.h slurm/valuecheck.cpp
    slurm/scriptchecker.h slurm/scriptchecker.cpp
    slurm/scriptbody.h slurm/scriptbody.cpp slurm/containercheck.cpp
    slurm/clusterfacts.h slurm/clusterfacts.cpp
    slurm/clusterfactsfetcher.h slurm/clusterfactsfetcher.cpp
    slurm/scriptfile.h slurm/scriptfile.cpp
)
