// Values of #SBATCH options: every value kind's check, and the parsers behind them.
#include "core/slurm/optioncatalog.h"
#include "core/slurm/valuecheck.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    if (input.isEmpty())
        return 0;
    const int kinds = int(ValueKind::ContainerName) + 1;
    const auto kind = ValueKind(uchar(input.at(0)) % kinds);
    const QString value = QString::fromUtf8(input.mid(1));
    (void)ValueCheck::check(kind, value);
    if (const auto minutes = ValueCheck::parseMinutes(value))
        (void)ValueCheck::formatMinutes(*minutes);
    (void)ValueCheck::parseMegabytes(value);
    (void)ValueCheck::parseGres(value);
    (void)ValueCheck::resolveFilePattern(value, {});
    return 0;
}
