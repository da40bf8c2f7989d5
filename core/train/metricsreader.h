// Reads the trainer's RUN_DIR/metrics.jsonl as it grows (gpu_runner/README.md, protocol format
// 1): bytes in by offset, only complete lines used, one event per line. A requeued run appends a
// new `start` and repeats no epoch; a line that is not a JSON object, or of an unknown event or
// format, is skipped (and counted), never fatal.
#pragma once

#include "core/train/runrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Patagon::Train {

struct MetricsEvent
{
    enum class Kind
    {
        Start,
        Epoch,
        Progress, // within an epoch: step, smoothed loss, images/s
        Checkpoint,
        Interrupted,
        Done,
        Error,
    };
    Kind kind = Kind::Start;
    QJsonObject json;

    EpochRecord epoch() const; // for Kind::Epoch
};

class MetricsReader
{
public:
    // Where the next read starts: every byte before it was consumed (up to a line end).
    qint64 offset() const { return m_offset; }
    // Continue from a known offset (a reopened app): the bytes before it are not read again.
    void resetTo(qint64 offset);

    // The next bytes of the file, following those fed before (the end of a line may come in
    // a later call: it is kept until then). Returns the complete lines' events.
    QList<MetricsEvent> feed(const QByteArray &bytes);

    // The trainer rewrites the file when it resumes (dropping the lines its checkpoint did not
    // know), so bytes already read can change. Reads therefore start a little before offset():
    // at readOffset(), and the bytes there must be the ones read before. feedChecked() says
    // false (and consumes nothing) when they are not: read the file again from 0.
    qint64 readOffset() const { return m_offset - m_tail.size(); }
    bool feedChecked(const QByteArray &bytes, QList<MetricsEvent> *events);

    int skippedLines() const { return m_skipped; }
    // A line longer than this is skipped whole: a broken writer cannot make the app hold
    // unbounded memory.
    static constexpr qsizetype kMaxLine = 1 << 20;

private:
    static constexpr qsizetype kTail = 64;
    QByteArray m_tail; // the last bytes consumed (at most kTail), for feedChecked()
    QByteArray m_pending;
    qint64 m_offset = 0;
    int m_skipped = 0;
    bool m_discarding = false; // inside an over-long line
};

} // namespace Patagon::Train
