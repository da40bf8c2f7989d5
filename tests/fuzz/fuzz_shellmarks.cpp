// The filter that takes the prompt hook's marks out of a container shell's output. "@T@" in
// the input stands for the session's random token, so the fuzzer can write real marks.
#include "core/container/shellmarks.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Container;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ShellMarks marks;
    QByteArray input = bytes(data, size);
    input.replace("@T@", marks.token().toLatin1());
    int finished = 0;
    QObject::connect(&marks, &ShellMarks::commandFinished, [&finished] { ++finished; });
    qsizetype out = 0;
    for (const QByteArray &chunk : chunks(input))
        out += marks.filter(chunk).size();
    out += marks.takePending().size();
    FUZZ_CHECK(!marks.hasPending());
    FUZZ_CHECK(out <= input.size());
    return 0;
}
