# gpu_runner.cli: commands, --help, usage errors and their exit codes, info --json.
source "$(dirname "$0")/lib.sh"

run 0 help "$PATAGON_TRAIN" --help
expect_in "$WORK/help.out" train eval predict info "Exit codes"
for cmd in train eval predict info; do
    run 0 "help-$cmd" "$PATAGON_TRAIN" "$cmd" --help
    expect_in "$WORK/help-$cmd.out" "usage: patagon-train $cmd" --data --help
done
expect_in "$WORK/help-train.out" --resume --amp --label-smoothing --schedule --val-split --limit-train
pass "help texts"

run 2 no-command "$PATAGON_TRAIN"
run 2 bad-command "$PATAGON_TRAIN" fly
expect_in "$WORK/bad-command.err" "unknown command 'fly'"
run 2 bad-option "$PATAGON_TRAIN" train --data x:y --out o --frobnicate
expect_in "$WORK/bad-option.err" "unknown option '--frobnicate'"
run 2 bad-value "$PATAGON_TRAIN" train --data x:y --out o --epochs zero
expect_in "$WORK/bad-value.err" "--epochs expects an integer"
run 2 bad-choice "$PATAGON_TRAIN" train --data x:y --out o --model vgg
expect_in "$WORK/bad-choice.err" "--model expects one of smallcnn, resnet9, resnet18"
run 2 missing-out "$PATAGON_TRAIN" train --data x:y
expect_in "$WORK/missing-out.err" "train needs --out RUN_DIR"
run 2 missing-value "$PATAGON_TRAIN" train --data
run 2 option-of-other-command "$PATAGON_TRAIN" eval --epochs 3
pass "usage errors exit with 2"

run 0 info "$PATAGON_TRAIN" info --json --threads 2
py '
j = json.load(open(sys.argv[1]))
assert j["libtorch"].startswith("2."), j
assert j["environment"]["threads"] == 2, j
assert j["environment"]["device"] in ("cpu", "cuda:0"), j
assert j["models"] == ["smallcnn", "resnet9", "resnet18"], j
' "$WORK/info.out" || fail "info --json"
SLURM_CPUS_PER_TASK=1 run 0 info-slurm "$PATAGON_TRAIN" info --json
py 'assert json.load(open(sys.argv[1]))["environment"]["threads"] == 1' "$WORK/info-slurm.out" ||
    fail "SLURM_CPUS_PER_TASK is not the default thread count"
pass "info"
