// The trainer's metrics.jsonl as the app reads it while it grows: fed in chunks, and through
// feedChecked as the run watcher re-reads from an offset.
#include "core/train/metricsreader.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Train;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    MetricsReader reader;
    qint64 fed = 0;
    for (const QByteArray &chunk : chunks(input)) {
        for (const MetricsEvent &event : reader.feed(chunk)) {
            if (event.kind == MetricsEvent::Kind::Epoch)
                (void)event.epoch();
        }
        fed += chunk.size();
        FUZZ_CHECK(reader.offset() <= fed); // a line without its end yet is not consumed
    }
    MetricsReader checked;
    QList<MetricsEvent> events;
    const QByteArray stream = input.mid(1);
    // The file grows by 7 bytes between reads; each read starts at readOffset().
    for (qsizetype end = 0;; end = std::min(end + 7, stream.size())) {
        const qint64 from = checked.readOffset();
        FUZZ_CHECK(from <= end);
        FUZZ_CHECK(checked.feedChecked(stream.mid(from, end - from), &events));
        if (end == stream.size())
            break;
    }
    return 0;
}
