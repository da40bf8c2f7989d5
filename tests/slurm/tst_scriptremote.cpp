// The Script page against the sandbox through the window's shared Connection: the cluster's
// facts fetched when connected (and shown at once from the cache next time), their problems
// listed and underlined, partitions suggested in the form; scripts saved on the cluster and
// read back byte for byte, and a save that cannot be written leaves the old file whole.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "app/jobs/jobcenter.h"
#include "app/pages/scriptpage.h"
#include "core/ssh/connection.h"
#include "core/ssh/sshsession.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

namespace {
const QString kDir = QStringLiteral("patagon-scripttest");

bool waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

QStringList completions(QLineEdit *edit)
{
    QStringList list;
    const QAbstractItemModel *model = edit->completer()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data().toString());
    return list;
}
} // namespace

class TestScriptRemote : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    QWidget *m_window = nullptr;
    Testing::SshPair *m_connection = nullptr;
    ScriptPage *m_page = nullptr;
    QDateTime m_fetchedAt;

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("scriptremote"), m_tmp.path());
    }

    // Runs a command on the sandbox over a session of the test's own.
    QByteArray remote(const QStringList &argv)
    {
        Testing::SshPair ssh;
        if (!ssh.connectAndWait(profile()))
            return "<no connection>";
        const Expected<CommandOutput> out = ssh.runAndWait(argv);
        return out && out->succeeded() ? out->standardOutput : QByteArray("<failed>");
    }

    // A window with its JobCenter and a Script page, connected to the sandbox.
    void openWindow(const std::function<void(ScriptPage *)> &beforeConnecting = {})
    {
        m_window = new QWidget;
        m_connection = new Testing::SshPair(m_window);
        new JobCenter(m_connection->host(), m_window);
        m_page = new ScriptPage(m_window);
        if (beforeConnecting)
            beforeConnecting(m_page);
        QSignalSpy connected(m_connection, &Connection::connected);
        m_connection->connectToHost(profile());
        QVERIFY(connected.wait(60000));
    }

    void closeWindow()
    {
        delete m_window;
        m_window = nullptr;
        m_page = nullptr;
        m_connection = nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        // The first window fetches: no facts cached from an earlier run.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                      + QStringLiteral("/cluster-facts/scriptremote.json"));
        remote({QStringLiteral("chmod"), QStringLiteral("-R"), QStringLiteral("u+w"), kDir});
        QCOMPARE(remote({QStringLiteral("rm"), QStringLiteral("-rf"), kDir}), QByteArray());
        QCOMPARE(remote({QStringLiteral("mkdir"), QStringLiteral("-p"), kDir}), QByteArray());
        openWindow();
    }

    void cleanupTestCase()
    {
        closeWindow();
        remote({QStringLiteral("chmod"), QStringLiteral("-R"), QStringLiteral("u+w"), kDir});
        remote({QStringLiteral("rm"), QStringLiteral("-rf"), kDir});
    }

    void factsFetchedWhenConnected()
    {
        QVERIFY(waitFor([this] { return m_page->clusterFacts().has_value(); }));
        const Slurm::ClusterFacts &facts = *m_page->clusterFacts();
        QVERIFY(facts.partition(QStringLiteral("gpu")));
        const bool settled = waitFor([this] {
            return m_page->clusterFactsStatus().contains(QLatin1String("scriptremote"))
                && !m_page->clusterFactsStatus().contains(QLatin1String("Reading them again"));
        });
        QVERIFY2(settled, qPrintable(m_page->clusterFactsStatus()));
        m_fetchedAt = m_page->clusterFacts()->fetchedAt;
        auto *refresh = m_page->findChild<QToolButton *>(QStringLiteral("refreshFacts"));
        QVERIFY(refresh && refresh->isEnabled());

        // Partitions and GRES suggested in the form.
        QLineEdit *partition = m_page->field(QStringLiteral("partition"));
        QVERIFY(completions(partition).contains(QLatin1String("cpu")));
        QVERIFY(completions(partition).contains(QLatin1String("gpu")));
        QVERIFY(completions(m_page->field(QStringLiteral("gres")))
                    .contains(QLatin1String("gpu:A100:1")));
    }

    void clusterProblemsShownAndUnderlined_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("underlined");
        QTest::newRow("time over the gpu partition's limit")
            << QStringLiteral("#!/bin/bash\n#SBATCH -p gpu\n#SBATCH -t 3-00:00:00\necho\n")
            << QStringLiteral("Partition gpu allows at most 2-00:00:00.")
            << QStringLiteral("3-00:00:00");
        QTest::newRow("GRES type the cluster lacks")
            << QStringLiteral("#!/bin/bash\n#SBATCH -p gpu\n#SBATCH --gres=gpu:V100:1\necho\n")
            << QStringLiteral("--gres=gpu:V100:1: this cluster has gpu:A100.")
            << QStringLiteral("gpu:V100:1");
    }

    void clusterProblemsShownAndUnderlined()
    {
        QFETCH(QString, script);
        QFETCH(QString, message);
        QFETCH(QString, underlined);
        QVERIFY(m_page->clusterFacts());
        m_page->setScriptText(script);
        QCOMPARE(m_page->problems().size(), 1);
        QCOMPARE(m_page->problems().first().message, message);
        QCOMPARE(m_page->problems().first().line, 3);
        const QList<QTextEdit::ExtraSelection> marks = m_page->editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), underlined);
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    }

    void factsShownFromTheCacheAtOnce()
    {
        closeWindow();
        // Every set of facts the new page shows, in order: first the cached ones, then the
        // ones it fetched itself.
        QList<QDateTime> shown;
        openWindow([&shown](ScriptPage *page) {
            connect(page, &ScriptPage::clusterFactsChanged, page, [&shown, page] {
                shown.append(page->clusterFacts() ? page->clusterFacts()->fetchedAt : QDateTime());
            });
        });
        QVERIFY(waitFor([&shown] { return shown.size() >= 2; }));
        QCOMPARE(shown.first(), m_fetchedAt);
        QVERIFY(shown.at(1) > m_fetchedAt);
        QVERIFY2(m_page->clusterFactsStatus().contains(QLatin1String("scriptremote")),
                 qPrintable(m_page->clusterFactsStatus()));
    }

    void saveRemotelyAndReadBack()
    {
        const QString path = kDir + QStringLiteral("/job.slurm");
        // DOS line breaks, no final newline, non-ASCII: all kept byte for byte.
        const QByteArray text("#!/bin/bash\n#SBATCH -J ñandú\r\n#SBATCH -p cpu\necho \"#x\"");
        m_page->setScriptText(QString::fromUtf8(text));
        QCOMPARE(m_page->scriptText().toUtf8(), text);
        QVERIFY(m_page->isModified());
        QSignalSpy saved(m_page, &ScriptPage::remoteFileSaved);
        QSignalSpy failed(m_page, &ScriptPage::remoteFileFailed);
        m_page->saveRemote(path);
        QVERIFY(saved.wait(30000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!m_page->isModified());
        QCOMPARE(m_page->remotePath(), path);
        QCOMPARE(remote({QStringLiteral("cat"), path}), text);

        m_page->setScriptText(QStringLiteral("#!/bin/sh\n"));
        QSignalSpy opened(m_page, &ScriptPage::remoteFileOpened);
        m_page->openRemote(QStringLiteral("~/") + path);
        QVERIFY(opened.wait(30000));
        QCOMPARE(m_page->scriptText().toUtf8(), text);
        QCOMPARE(m_page->field(QStringLiteral("job-name"))->text(), QString::fromUtf8("ñandú"));
        QVERIFY(!m_page->isModified());

        // Ctrl+S saves where the script came from.
        m_page->field(QStringLiteral("partition"))->setFocus();
        QLineEdit *partition = m_page->field(QStringLiteral("partition"));
        partition->selectAll();
        QTest::keyClicks(partition, QStringLiteral("gpu"));
        QVERIFY(m_page->isModified());
        auto *save = m_page->findChild<QAction *>(QStringLiteral("saveAction"));
        QVERIFY(save);
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        save->trigger();
        QVERIFY(saved.wait(30000));
        QCOMPARE(remote({QStringLiteral("cat"), path}),
                 QByteArray(text).replace("-p cpu", "-p gpu"));
    }

    void failedSaveLeavesTheOldFile()
    {
        const QString folder = kDir + QStringLiteral("/locked");
        const QString path = folder + QStringLiteral("/old.slurm");
        QCOMPARE(remote({QStringLiteral("mkdir"), folder}), QByteArray());
        QCOMPARE(remote({QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("printf 'old script\\n' > \"$1\" && chmod 555 \"$2\""),
                         QStringLiteral("sh"), path, folder}),
                 QByteArray());
        m_page->setScriptText(QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\necho new\n"));
        QSignalSpy saved(m_page, &ScriptPage::remoteFileSaved);
        QSignalSpy failed(m_page, &ScriptPage::remoteFileFailed);
        m_page->saveRemote(path);
        QVERIFY(failed.wait(30000));
        QVERIFY(saved.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("was not changed")),
                 qPrintable(message));
        QCOMPARE(remote({QStringLiteral("cat"), path}), QByteArray("old script\n"));
        QVERIFY(m_page->isModified());
        QVERIFY(m_page->remotePath() != path);

        // A missing file says so.
        m_page->openRemote(kDir + QStringLiteral("/missing.slurm"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.last().first().toString().contains(QLatin1String("missing.slurm")),
                 qPrintable(failed.last().first().toString()));
        QCOMPARE(m_page->scriptText(), QStringLiteral("#!/bin/bash\n#SBATCH -p cpu\necho new\n"));
    }
};

QTEST_MAIN(TestScriptRemote)
#include "tst_scriptremote.moc"
