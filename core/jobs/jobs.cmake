# core/jobs: Slurm commands and their parsers, the job monitor, the log follower.
target_sources(patagon-core PRIVATE
    jobs/jobstate.h jobs/jobstate.cpp
    jobs/jobinfo.h
    jobs/slurmcommands.h jobs/slurmcommands.cpp
    jobs/slurmoutput.h jobs/slurmoutput.cpp
    jobs/pendingreason.h jobs/pendingreason.cpp
    jobs/slurmclient.h jobs/slurmclient.cpp
    jobs/terminaltext.h jobs/terminaltext.cpp
    jobs/jobmonitor.h jobs/jobmonitor.cpp
    jobs/logfollower.h jobs/logfollower.cpp
    jobs/scriptstore.h jobs/scriptstore.cpp
)
