# core/jobs: the job monitor, the log follower, saved scripts, terminal text of logs.
target_sources(patagon-core PRIVATE
    jobs/terminaltext.h jobs/terminaltext.cpp
    jobs/jobmonitor.h jobs/jobmonitor.cpp
    jobs/logfollower.h jobs/logfollower.cpp
    jobs/scriptstore.h jobs/scriptstore.cpp
    jobs/jobsubmitter.h jobs/jobsubmitter.cpp
)
