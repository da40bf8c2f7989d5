// Command lines typed in a container shell, read for pip and apt installs to record.
#include "core/packages/typedinstall.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Packages;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(bytes(data, size));
    for (const TypedInstall &install : typedInstalls(line, 0))
        FUZZ_CHECK(!install.command.isEmpty());
    (void)typedInstalls(line, 1);
    return 0;
}
