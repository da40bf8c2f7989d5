// Image references as typed or read from a script: [USER@][REGISTRY#]IMAGE[:TAG], per Enroot
// version. The normalized form of a reference without errors parses to the same image.
#include "core/container/imagereference.h"
#include "tests/fuzz/fuzzinput.h"

#include <QVersionNumber>

using namespace Patagon::Container;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    if (input.isEmpty())
        return 0;
    const QVersionNumber versions[] = {{}, {3, 4, 1}, {4, 0, 0}};
    const QVersionNumber version = versions[uchar(input.at(0)) % 3];
    const ImageReference ref = ImageReference::parse(QString::fromUtf8(input.mid(1)), version);
    (void)ref.hasErrors();
    (void)ImageReference::canonicalRegistry(ref.registry());
    if (ref.kind() == ImageReference::Kind::Registry && !ref.hasErrors()) {
        const ImageReference again = ImageReference::parse(ref.normalized(), version);
        FUZZ_CHECK(again.isValid() && !again.hasErrors());
        FUZZ_CHECK(again.normalized() == ref.normalized());
    }
    return 0;
}
