# core/slurm: the batch-script model, the sbatch option catalog, validation, Slurm commands,
# their output parsers, the Slurm client, job states and pending reasons.
target_sources(patagon-core PRIVATE
    slurm/optioncatalog.h slurm/optioncatalog.cpp
    slurm/batchscript.h slurm/batchscript.cpp
    slurm/scriptproblem.h
    slurm/valuecheck.h slurm/valuecheck.cpp
    slurm/scriptchecker.h slurm/scriptchecker.cpp
    slurm/scriptbody.h slurm/scriptbody.cpp slurm/containercheck.cpp
    slurm/clusterfacts.h slurm/clusterfacts.cpp
    slurm/clusterfactsfetcher.h slurm/clusterfactsfetcher.cpp
    slurm/clusterfactssource.h slurm/clusterfactssource.cpp
    slurm/remotescriptfiles.h slurm/remotescriptfiles.cpp
    slurm/scriptfile.h slurm/scriptfile.cpp
    slurm/jobstate.h slurm/jobstate.cpp
    slurm/jobinfo.h
    slurm/slurmversion.h slurm/slurmversion.cpp
    slurm/slurmcommands.h slurm/slurmcommands.cpp
    slurm/slurmoutput.h slurm/slurmoutput.cpp slurm/slurmqueuejson.cpp
    slurm/pendingreason.h slurm/pendingreason.cpp
    slurm/slurmclient.h slurm/slurmclient.cpp
)
