// The Terminal page against the sandbox, offscreen: a login-node tab that answers, a container
// tab on the container's node whose size follows the window, closing a tab ends the step, and
// a dropped connection says so and offers a new session.
#include "../sandbox/namedcontainer.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/widgettest.h"
#include "app/pages/containerspage.h"
#include "app/pages/terminalpage.h"
#include "app/terminal/terminalview.h"
#include "core/container/containerservice.h"
#include "core/container/containershell.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

namespace {
constexpr int kLong = 60000;

bool screenShows(TerminalView *view, const QString &text, int timeoutMs = kLong)
{
    return QTest::qWaitFor([&] { return view->screenText().contains(text); }, timeoutMs);
}

// What a line "KEY=VALUE" printed by the session says (not the echo of the command typed).
QString valueOf(TerminalView *view, const QString &key)
{
    const QString marker = u'\n' + key + u'=';
    if (!screenShows(view, marker))
        return QString();
    const QString text = view->screenText();
    return text.mid(text.lastIndexOf(marker) + marker.size()).section(u'\n', 0, 0).trimmed();
}
} // namespace

class TestTerminalPage : public QObject
{
    Q_OBJECT

private:
    Testing::SandboxEnv m_env;
    QTemporaryDir m_scratch;
    Testing::SshPair m_ssh;
    const QString m_container = QStringLiteral("term-page-test");

    bool shellStepRunning()
    {
        const Expected<CommandOutput> q
            = m_ssh.runAndWait({QStringLiteral("squeue"), QStringLiteral("--noheader"),
                                QStringLiteral("--me"), QStringLiteral("--format=%j")});
        return q && q->standardOutput.contains(Container::kShellJobName);
    }

private slots:
    void initTestCase()
    {
        Testing::useOwnSettings(QStringLiteral("tst_terminalpage"));
        QVERIFY2(m_env.load(), qPrintable(Testing::SandboxEnv::notRunningMessage()));
        Result error;
        QVERIFY2(m_ssh.connectAndWait(
                     m_env.profile(QStringLiteral("terminal-page"), m_scratch.path()), &error),
                 qPrintable(error.message()));
        QVERIFY(Testing::makeNamedContainer(m_ssh, m_env, m_container));
    }

    void loginNodeTab()
    {
        TerminalPage page(m_ssh.host());
        page.resize(900, 600);
        page.show();
        auto *newButton = page.findChild<QPushButton *>(QStringLiteral("newTerminal"));
        QVERIFY(newButton && newButton->isEnabled());
        newButton->click();
        QCOMPARE(page.tabCount(), 1);
        TerminalView *view = page.view(0);
        QVERIFY(view->isRunning());
        view->typeText(QStringLiteral("echo $((6*7))\r"));
        QVERIFY2(screenShows(view, QStringLiteral("\n42\n")), qPrintable(view->screenText()));
        Testing::saveScreenshot(&page, QStringLiteral("terminal-login.png"));
        QSignalSpy ended(view, &TerminalView::ended);
        view->typeText(QStringLiteral("exit\r"));
        QVERIFY(ended.wait(kLong));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("terminalReopen"))->isVisible());
        page.closeTab(0);
        QCOMPARE(page.tabCount(), 0);
    }

    void containerTabFollowsTheWindowAndEndsTheStep()
    {
        TerminalPage page(m_ssh.host());
        page.resize(900, 600);
        page.show();
        Container::NamedContainer c;
        c.name = m_container;
        c.node = m_env.node();
        TerminalView *view = page.openContainerShell(c);
        QVERIFY(view);
        view->typeText(QStringLiteral("cat /etc/pyxis-sandbox-image; echo first=$(stty size)\r"));
        QVERIFY2(screenShows(view, QStringLiteral("\npython\n")), qPrintable(view->screenText()));
        const QString first = valueOf(view, QStringLiteral("first"));
        QVERIFY2(!first.isEmpty(), qPrintable(view->screenText()));
        QVERIFY(shellStepRunning());
        page.resize(1200, 800);
        QTest::qWait(300);
        view->typeText(QStringLiteral("echo second=$(stty size)\r"));
        const QString second = valueOf(view, QStringLiteral("second"));
        QVERIFY2(!second.isEmpty(), qPrintable(view->screenText()));
        QVERIFY2(second.section(u' ', 1).toInt() > first.section(u' ', 1).toInt(),
                 qPrintable(first + QStringLiteral(" -> ") + second));
        Testing::saveScreenshot(&page, QStringLiteral("terminal-container.png"));
        QSignalSpy checked(&page, &TerminalPage::shellStepChecked);
        page.closeTab(0); // hangs up: the step ends, the node is free
        QVERIFY(QTest::qWaitFor([&] { return !shellStepRunning(); }, kLong));
        QVERIFY(checked.wait(kLong)); // and the page looked
        QVERIFY2(page.statusText().isEmpty(), qPrintable(page.statusText()));
    }

    // As root in the container (--container-remap-root), for apt.
    void rootShellInTheContainer()
    {
        TerminalPage page(m_ssh.host());
        page.show();
        Container::NamedContainer c;
        c.name = m_container;
        c.node = m_env.node();
        TerminalView *view = page.openContainerShell(c, true);
        QVERIFY(view);
        view->typeText(QStringLiteral("echo uid=$(id -u)\r"));
        QCOMPARE(valueOf(view, QStringLiteral("uid")), QStringLiteral("0"));
        page.closeTab(0);
        QVERIFY(QTest::qWaitFor([&] { return !shellStepRunning(); }, kLong));
    }

    void droppedConnectionSaysSo()
    {
        Testing::SshPair c;
        QVERIFY(c.connectAndWait(m_env.profile(QStringLiteral("terminal-drop"), m_scratch.path())));
        TerminalPage page(c.host());
        page.show();
        TerminalView *view = page.openLoginShell();
        view->typeText(QStringLiteral("echo ready\r"));
        QVERIFY(screenShows(view, QStringLiteral("\nready\n")));
        QSignalSpy ended(view, &TerminalView::ended);
        c.disconnectFromHost();
        QVERIFY(ended.wait(kLong));
        QVERIFY(!view->terminal()->result().result.isOk());
        auto *reopen = view->findChild<QPushButton *>(QStringLiteral("terminalReopen"));
        QVERIFY(reopen && reopen->isVisible());
    }

    void cleanupTestCase()
    {
        (void)m_ssh.runAndWait({QStringLiteral("srun"), QStringLiteral("-p"), QStringLiteral("cpu"),
                                QStringLiteral("-w"), m_env.node(), QStringLiteral("enroot"),
                                QStringLiteral("remove"), QStringLiteral("-f"),
                                QStringLiteral("pyxis_") + m_container});
    }
};

QTEST_MAIN(TestTerminalPage)
#include "tst_terminalpage.moc"
