#include "core/train/runresults.h"

#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/tr.h"
#include "core/train/trainconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace Patagon::Train {

namespace {

constexpr int kMaxImages = 64;
constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

// One CSV record's fields (RFC 4180 quoting, as the trainer writes it).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QString failure(const QString &what, const CommandOutput &out)
{
    const QString text = QString::fromUtf8(out.standardError.trimmed()).right(1500);
    return Tr::tr("%1 failed (exit code %2): %3")
        .arg(what)
        .arg(out.exitStatus)
        .arg(text.isEmpty() ? Tr::tr("no message.") : text);
}

} // namespace

Expected<EvalReport> EvalReport::parse(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.contains(u"test_accuracy") || !o[u"confusion_matrix"].isArray())
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The trainer's evaluation could not be read."));
    EvalReport r;
    r.testAccuracy = o[u"test_accuracy"].toDouble();
    r.testLoss = o[u"test_loss"].toDouble();
    r.testImages = o[u"test_images"].toInt();
    const QJsonArray classes = o[u"classes"].toArray();
    for (const QJsonValue &c : classes)
        r.classes << c.toString();
    for (const QJsonValue &a : o[u"per_class_accuracy"].toArray())
        r.perClassAccuracy << (a.isDouble() ? std::optional<double>(a.toDouble()) : std::nullopt);
    for (const QJsonValue &row : o[u"confusion_matrix"].toArray()) {
        QList<qint64> counts;
        for (const QJsonValue &n : row.toArray())
            counts << n.toInteger();
        if (counts.size() != classes.size())
            return Result::error(ErrorCode::Remote,
                                 Tr::tr("The trainer's confusion matrix is malformed."));
        r.confusion << counts;
    }
    if (r.confusion.size() != classes.size() || r.perClassAccuracy.size() != classes.size())
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The trainer's confusion matrix is malformed."));
    return r;
}

Expected<QList<Prediction>> parsePredictions(const QByteArray &csv)
{
    const QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().startsWith(u"path,predicted,confidence,class"))
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The trainer's predictions could not be read."));
    QList<Prediction> out;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = csvFields(line);
        if (f.size() < 4 || (f.size() - 1) % 3 != 0)
            return Result::error(ErrorCode::Remote,
                                 Tr::tr("The trainer's predictions could not be read."));
        Prediction p;
        p.image = f.at(0);
        for (qsizetype i = 1; i + 2 < f.size(); i += 3)
            p.answers.append({f.at(i + 2), f.at(i + 1).toDouble()});
        out << p;
    }
    return out;
}

RunResults::RunResults(RemoteHost *host, const RunRecord &record, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_record(record)
    , m_context(new QObject(this))
{}

void RunResults::cancel()
{
    delete m_context;
    m_context = new QObject(this);
}

Result RunResults::checkRecord() const
{
    if (!m_host || !m_host->isConnected())
        return Result::error(ErrorCode::Network, Tr::tr("Not connected to the cluster."));
    if (m_record.config[u"trainer_binary"].toString().isEmpty() || m_record.runDir.isEmpty())
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("This run does not say where its trainer and folder are."));
    return Result::ok();
}

// srun in the run's container on its node, with the binary that trained.
QStringList RunResults::trainerCommand(const QStringList &arguments) const
{
    const TrainConfig c = TrainConfig::fromJson(m_record.config);
    QStringList argv = {QStringLiteral("srun"), QStringLiteral("-p"),          c.partition,
                        QStringLiteral("-N1"),  QStringLiteral("-n1"),         QStringLiteral("-c"),
                        QStringLiteral("2"),    QStringLiteral("-t"),          QStringLiteral("15"),
                        QStringLiteral("-J"),   QStringLiteral("patagon-eval")};
    if (!m_record.node.isEmpty())
        argv << QStringLiteral("-w") << m_record.node;
    argv << QStringLiteral("--container-name=") + m_record.container;
    const QString root = QFileInfo(m_record.runDir).path();
    if (!c.runsFolder.isEmpty() || root.startsWith(u"/scratch"))
        argv << QStringLiteral("--container-mounts=") + root;
    argv << m_record.config[u"trainer_binary"].toString() << arguments;
    return argv;
}

void RunResults::removeFolder(std::function<void(const Result &)> done)
{
    if (!m_host || !m_host->isConnected())
        return done(Result::error(ErrorCode::Network, Tr::tr("Not connected to the cluster.")));
    if (!isFinalState(m_record.state))
        return done(Result::error(
            ErrorCode::InvalidInput,
            Tr::tr("The run %1 has not ended: its job may still write into its folder. Cancel "
                   "it or let it finish first.")
                .arg(m_record.name)));
    // The names the app gives run folders: ROOT/yyyyMMdd-HHmmss-MODEL-DATA-XXXX.
    static const QRegularExpression runName(QStringLiteral("^/.+/\\d{8}-\\d{6}-[^/]+$"));
    const QString dir = QDir::cleanPath(m_record.runDir);
    if (!runName.match(dir).hasMatch())
        return done(Result::error(ErrorCode::InvalidInput,
                                  Tr::tr("The folder %1 does not look like a run folder of "
                                         "Patagon Studio: it is left alone.")
                                      .arg(m_record.runDir)));
    emit progress(Tr::tr("Deleting the run folder %1 on the cluster…").arg(dir), 0, 0);
    // Checked on the cluster too: the folder the app made holds the script it wrote there.
    static const QString script
        = QStringLiteral("[ -e \"$1\" ] || { echo gone; exit 0; }\n"
                         "[ -f \"$1/train.sbatch\" ] || { echo 'no train.sbatch' >&2; exit 3; }\n"
                         "rm -rf -- \"$1\"\n");
    runCollected(
        m_host, {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), dir},
        m_context, [done, dir](const Expected<CommandOutput> &out) {
            if (!out)
                return done(out.result());
            if (out->exitStatus == 3)
                return done(
                    Result::error(ErrorCode::InvalidInput,
                                  Tr::tr("The folder %1 on the cluster holds no train.sbatch: it "
                                         "was not made by Patagon Studio and is left alone.")
                                      .arg(dir)));
            if (!out->succeeded())
                return done(Result::error(
                    ErrorCode::Remote,
                    Tr::tr("The run folder %1 could not be deleted: %2")
                        .arg(dir, QString::fromUtf8(out->standardError.trimmed()).left(500))));
            done(Result::ok());
        });
}

void RunResults::evaluate(Callback<EvalReport> done)
{
    if (auto r = checkRecord(); !r)
        return done(r);
    const TrainConfig c = TrainConfig::fromJson(m_record.config);
    emit progress(Tr::tr("Evaluating the best checkpoint on the test set…"), 0, 0);
    QStringList args = {QStringLiteral("eval"),
                        QStringLiteral("--checkpoint"),
                        m_record.runDir + QStringLiteral("/checkpoints/best.pt"),
                        QStringLiteral("--data"),
                        c.dataSpec(),
                        QStringLiteral("--json")};
    if (c.limitTest > 0)
        args << QStringLiteral("--limit-test") << QString::number(c.limitTest);
    runCollected(m_host, trainerCommand(args), m_context,
                 [done](const Expected<CommandOutput> &out) {
                     if (!out)
                         return done(out.result());
                     if (!out->succeeded())
                         return done(Result::error(ErrorCode::Remote,
                                                   failure(Tr::tr("The evaluation"), *out)));
                     done(EvalReport::parse(out->standardOutput));
                 });
}

void RunResults::predict(const QStringList &localImages, int topK, Callback<QList<Prediction>> done)
{
    if (auto r = checkRecord(); !r)
        return done(r);
    if (localImages.isEmpty() || localImages.size() > kMaxImages)
        return done(Result::error(ErrorCode::InvalidInput,
                                  Tr::tr("Choose between 1 and %1 images.").arg(kMaxImages)));
    for (const QString &path : localImages) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return done(Result::error(ErrorCode::NotFound,
                                      Tr::tr("The image %1 cannot be read.").arg(path)));
        if (info.size() > kMaxImageBytes)
            return done(Result::error(ErrorCode::InvalidInput,
                                      Tr::tr("The image %1 is larger than 20 MB.").arg(path)));
    }
    const QString folder = m_record.runDir + QStringLiteral("/try-it");
    // Remote names are made here (no user text in them); the answers map back by position.
    auto remote = std::make_shared<QStringList>();
    for (int i = 0; i < localImages.size(); ++i)
        *remote << QStringLiteral("%1/image-%2.%3")
                       .arg(folder)
                       .arg(i)
                       .arg(QFileInfo(localImages.at(i)).suffix().toLower().left(5));
    // Each step holds the chain only weakly; a pending operation's handler holds it strongly,
    // so it ends with the last handler (never reset from inside itself).
    auto next = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weak = next;
    *next = [this, localImages, remote, topK, done, weak](int index) {
        emit progress(Tr::tr("Copying the images to the cluster…"), index, localImages.size());
        if (index < localImages.size()) {
            RemoteOperation *op
                = m_host->upload(localImages.at(index), remote->at(index), m_context);
            connect(op, &RemoteOperation::finished, this,
                    [op, index, self = weak.lock(), done](const Result &r) {
                        op->deleteLater();
                        if (!r)
                            return done(r);
                        (*self)(index + 1);
                    });
            return;
        }
        emit progress(Tr::tr("Asking the model…"), 0, 0);
        QStringList args = {QStringLiteral("predict"), QStringLiteral("--checkpoint"),
                            m_record.runDir + QStringLiteral("/checkpoints/best.pt"),
                            QStringLiteral("--top-k"), QString::number(qBound(1, topK, 10))};
        args << *remote;
        runCollected(m_host, trainerCommand(args), m_context,
                     [localImages, remote, done](const Expected<CommandOutput> &out) {
                         if (!out)
                             return done(out.result());
                         if (!out->succeeded())
                             return done(Result::error(ErrorCode::Remote,
                                                       failure(Tr::tr("The prediction"), *out)));
                         auto parsed = parsePredictions(out->standardOutput);
                         if (!parsed)
                             return done(parsed.result());
                         QList<Prediction> answers = *parsed;
                         for (Prediction &p : answers) {
                             const qsizetype i = remote->indexOf(p.image);
                             if (i >= 0)
                                 p.image = localImages.at(i);
                         }
                         done(answers);
                     });
    };
    (*next)(0);
}

void RunResults::download(const QString &localFolder, std::function<void(const Result &)> done)
{
    if (auto r = checkRecord(); !r)
        return done(r);
    if (!QDir().mkpath(localFolder))
        return done(Result::error(ErrorCode::Io,
                                  Tr::tr("Could not create the folder %1.").arg(localFolder)));
    const QStringList files = {QStringLiteral("checkpoints/best.pt"),
                               QStringLiteral("metrics.jsonl"), QStringLiteral("summary.json")};
    auto next = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weak = next;
    *next = [this, files, localFolder, done, weak](int index) {
        if (index >= files.size())
            return done(Result::ok());
        const QString name = files.at(index);
        const QString target = QDir(localFolder).filePath(QFileInfo(name).fileName());
        RemoteOperation *op = m_host->download(m_record.runDir + u'/' + name, target, m_context);
        connect(op, &RemoteOperation::progress, this, [this, name](qint64 d, qint64 total) {
            emit progress(Tr::tr("Downloading %1…").arg(name), d, total);
        });
        connect(op, &RemoteOperation::finished, this,
                [op, index, name, self = weak.lock(), done](const Result &r) {
                    op->deleteLater();
                    if (!r)
                        return done(Result::error(
                            r.code(), Tr::tr("Downloading %1 failed: %2").arg(name, r.message())));
                    (*self)(index + 1);
                });
    };
    (*next)(0);
}

} // namespace Patagon::Train
