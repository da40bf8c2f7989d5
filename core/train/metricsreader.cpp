#include "core/train/metricsreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Patagon::Train {

EpochRecord MetricsEvent::epoch() const
{
    EpochRecord e;
    e.epoch = json[u"epoch"].toInt();
    e.epochs = json[u"epochs"].toInt();
    e.globalStep = json[u"global_step"].toInteger();
    e.trainLoss = json[u"train_loss"].toDouble();
    e.trainAccuracy = json[u"train_accuracy"].toDouble();
    e.valLoss = json[u"val_loss"].toDouble();
    e.valAccuracy = json[u"val_accuracy"].toDouble();
    e.imagesPerSecond = json[u"images_per_second"].toDouble();
    e.learningRate = json[u"lr"].toDouble();
    e.epochSeconds = json[u"epoch_seconds"].toDouble();
    e.elapsedSeconds = json[u"elapsed_seconds"].toDouble();
    return e;
}

bool MetricsReader::feedChecked(const QByteArray &bytes, QList<MetricsEvent> *events)
{
    const qint64 start = readOffset();
    if (!bytes.startsWith(QByteArray(m_tail + m_pending)))
        return false;
    m_pending.clear(); // fed again from `bytes`
    *events = feed(bytes.mid(m_tail.size()));
    const qint64 end = m_offset - start; // consumed bytes end here in `bytes`
    const qint64 from = qMax<qint64>(0, end - kTail);
    m_tail = bytes.mid(from, end - from);
    return true;
}

void MetricsReader::resetTo(qint64 offset)
{
    m_tail.clear();
    m_pending.clear();
    m_offset = offset;
    m_discarding = false;
}

QList<MetricsEvent> MetricsReader::feed(const QByteArray &bytes)
{
    QList<MetricsEvent> events;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            // No line end yet: keep the rest (bounded) for the next read.
            const QByteArray rest = bytes.mid(start);
            if (m_discarding || m_pending.size() + rest.size() > kMaxLine) {
                m_offset += m_pending.size() + rest.size();
                m_discarding = true;
                m_pending.clear();
            } else {
                m_pending += rest;
            }
            break;
        }
        const qsizetype length = end - start;
        const bool overLong = m_discarding || m_pending.size() + length > kMaxLine;
        QByteArray line;
        if (!overLong)
            line = m_pending + bytes.mid(start, length);
        const qint64 consumed = m_pending.size() + length + 1;
        m_offset += m_discarding ? length + 1 : consumed;
        m_pending.clear();
        start = end + 1;
        if (overLong) {
            m_discarding = false;
            ++m_skipped;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const QJsonObject o = doc.object();
        if (error.error != QJsonParseError::NoError || !doc.isObject()
            || o[u"format"].toInt(-1) != 1) {
            ++m_skipped;
            continue;
        }
        static const QHash<QString, MetricsEvent::Kind> kinds = {
            {QStringLiteral("start"), MetricsEvent::Kind::Start},
            {QStringLiteral("epoch"), MetricsEvent::Kind::Epoch},
            {QStringLiteral("progress"), MetricsEvent::Kind::Progress},
            {QStringLiteral("checkpoint"), MetricsEvent::Kind::Checkpoint},
            {QStringLiteral("interrupted"), MetricsEvent::Kind::Interrupted},
            {QStringLiteral("done"), MetricsEvent::Kind::Done},
            {QStringLiteral("error"), MetricsEvent::Kind::Error},
        };
        const auto kind = kinds.constFind(o[u"event"].toString());
        if (kind == kinds.constEnd())
            continue; // an event added later within format 1: ignored, not an error
        events.append({*kind, o});
    }
    return events;
}

} // namespace Patagon::Train
