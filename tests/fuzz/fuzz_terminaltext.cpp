// Job logs to lines as a terminal shows them, fed in chunks as the log follower reads them.
#include "core/jobs/terminaltext.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Jobs;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TerminalText text;
    QStringList lines;
    for (const QByteArray &chunk : chunks(bytes(data, size)))
        lines += text.feed(chunk);
    FUZZ_CHECK(text.partialLine().size() <= TerminalText::kMaxLineLength);
    lines += text.flush();
    for (const QString &line : std::as_const(lines))
        FUZZ_CHECK(line.size() <= TerminalText::kMaxLineLength);
    return 0;
}
