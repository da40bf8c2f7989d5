// Pending reasons as squeue prints them, explained in words.
#include "core/slurm/pendingreason.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString reason = QString::fromUtf8(bytes(data, size));
    (void)PendingReason::explain(reason);
    (void)PendingReason::describe(reason);
    return 0;
}
