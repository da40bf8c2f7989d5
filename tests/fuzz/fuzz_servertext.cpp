// Text from the server (prompts, banners, messages) made safe for a terminal or a label.
#include "core/servertext.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const QString clean = ServerText::sanitized(input, 200);
    FUZZ_CHECK(clean.size() <= 200);
    for (const QChar c : clean)
        FUZZ_CHECK(c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control);
    FUZZ_CHECK(ServerText::sanitized(QStringView(clean), 200) == clean);
    (void)ServerText::sanitized(QString::fromUtf8(input));
    return 0;
}
