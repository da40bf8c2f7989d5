# core/train: the one-click training run (bundle, toolchain probe, build, batch script, watching)
# and the runs database.
target_sources(patagon-core PRIVATE
    train/runrecord.h train/runrecord.cpp
    train/runstore.h train/runstore.cpp
    train/runnerbundle.h train/runnerbundle.cpp
    train/toolchain.h train/toolchain.cpp
    train/toolchainfix.h train/toolchainfix.cpp
    train/trainconfig.h train/trainconfig.cpp
    train/metricsreader.h train/metricsreader.cpp
    train/runwatcher.h train/runwatcher.cpp
    train/trainrun.h train/trainrun.cpp train/trainrun_p.h train/trainrunbuild.cpp
    train/runresults.h train/runresults.cpp
    train/datasetupload.h train/datasetupload.cpp
    train/datasetcomparison.h train/datasetcomparison.cpp
    train/datasetfiles.h train/datasetfiles.cpp train/ustarwriter.h
)
target_link_libraries(patagon-core PRIVATE Qt6::Sql)

# The trainer's sources and the scripts that probe and build it inside a container, carried in
# the binary as resources (:/patagon/runner/...): the bundle the Train flow deploys.
file(GLOB _patagon_runner_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/gpu_runner/*.cpp ${PROJECT_SOURCE_DIR}/gpu_runner/*.h)
qt_add_resources(patagon-core patagon_runner_sources PREFIX /patagon/runner
    BASE ${PROJECT_SOURCE_DIR}/gpu_runner
    FILES ${PROJECT_SOURCE_DIR}/gpu_runner/CMakeLists.txt ${PROJECT_SOURCE_DIR}/gpu_runner/README.md
          ${_patagon_runner_sources})
qt_add_resources(patagon-core patagon_runner_scripts PREFIX /patagon/runner
    BASE ${PROJECT_SOURCE_DIR}/resources/runner
    FILES ${PROJECT_SOURCE_DIR}/resources/runner/probe.sh
          ${PROJECT_SOURCE_DIR}/resources/runner/build.sh)
