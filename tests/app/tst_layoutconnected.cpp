// The window at its first-start size, connected to the sandbox cluster, in English and in
// Spanish: every page is screenshotted (layout-connected-*.png) and nothing visible is cut off,
// with a failed job of a long name in the Jobs table.
#include "../sandbox/sandboxenv.h"
#include "app/jobs/jobcenter.h"
#include "app/jobs/jobtablemodel.h"
#include "app/pages/connectionpage.h"
#include "app/pages/jobspage.h"
#include "core/i18n/languagemanager.h"
#include "core/profiles/profilestore.h"
#include "core/ssh/connection.h"
#include "pagewalk.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestLayoutConnected : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_scratch;
    QString m_failedJob; // submitted by the first row, shown by both

    static int rowOf(const JobTableModel *model, const QString &id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->job(row).id == id)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        Testing::useOwnSettings(QStringLiteral("tst_layoutconnected"));
        QVERIFY2(m_env.load(), qPrintable(Testing::SandboxEnv::notRunningMessage()));
        QVERIFY(m_scratch.isValid());
        QVERIFY(ProfileStore().save(m_env.profile(QStringLiteral("sandbox"), m_scratch.path())));
        QVERIFY(Testing::makeScreenshotFolder());
    }

    void noTextIsCutOff_data() { Testing::addLanguageRows(); }

    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connectionPage = window.findChild<ConnectionPage *>();
        QVERIFY(connectionPage);
        connectionPage->selectProfile(QStringLiteral("sandbox"));
        connectionPage->connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), Connection::State::Connected,
                                  60000);

        auto *center = window.findChild<JobCenter *>();
        QVERIFY(center);
        if (m_failedJob.isEmpty()) {
            QSignalSpy submitted(center, &JobCenter::submitted);
            center->submit(QByteArrayLiteral("#!/bin/sh\n"
                                             "#SBATCH -J layout-check-a-job-with-a-long-name\n"
                                             "#SBATCH -p cpu\n"
                                             "#SBATCH -o /dev/null\n"
                                             "exit 1\n"));
            QTRY_VERIFY_WITH_TIMEOUT(!submitted.isEmpty(), 60000);
            m_failedJob = submitted.first().first().toString();
        }
        const JobTableModel *jobs = window.findChild<JobsPage *>()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(jobs, m_failedJob) >= 0
                                     && jobs->job(rowOf(jobs, m_failedJob)).isFinished(),
                                 120000);

        const QStringList problems
            = Testing::walkEveryPage(window, QStringLiteral("connected-") + language);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayoutConnected)
#include "tst_layoutconnected.moc"
