// The train command: the training loop, checkpoints, signals and the run protocol.
#pragma once

struct Options;

// Runs `patagon-train train`; returns the process exit code.
int runTrain(const Options &options);
