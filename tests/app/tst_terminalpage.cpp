// The Terminal page against the sandbox, offscreen: a login-node tab that answers, a container
// tab on the container's node whose size follows the window, closing a tab ends the step, and
// a dropped connection says so and offers a new session.
#include "../sandbox/namedcontainer.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/widgettest.h"
#include "app/pages/containerspage.h"
#include "app/pages/terminalpage.h"
#include "app/terminal/installofferbar.h"
#include "app/terminal/terminalview.h"
#include "core/container/containerservice.h"
#include "core/container/containershell.h"

#include <QLabel>
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
    const QString m_other = QStringLiteral("term-page-replay");

    // pip --user installs land in the home folder, which every container shares.
    bool removeHelloPackage()
    {
        const Expected<CommandOutput> r = m_ssh.runAndWait(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("rm -rf \"$HOME\"/.local/lib/python3*/site-packages/patagon_hello*")});
        return r && r->succeeded();
    }

    // The container the tests open shells in, on the sandbox's node.
    Container::NamedContainer testContainer() const
    {
        Container::NamedContainer c;
        c.name = m_container;
        c.node = m_env.node();
        return c;
    }

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
        const Container::NamedContainer c = testContainer();
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
        const Container::NamedContainer c = testContainer();
        TerminalView *view = page.openContainerShell(c, true);
        QVERIFY(view);
        view->typeText(QStringLiteral("echo uid=$(id -u)\r"));
        QCOMPARE(valueOf(view, QStringLiteral("uid")), QStringLiteral("0"));
        page.closeTab(0);
        QVERIFY(QTest::qWaitFor([&] { return !shellStepRunning(); }, kLong));
    }

    // Typed installs that worked are offered for the manifest; what the user records is
    // replayed onto another container.
    void typedInstallIsOfferedRecordedAndReplayed()
    {
        QTemporaryDir manifests;
        Container::ContainerService service(m_ssh.host());
        service.setManifestStore(Packages::ManifestStore(manifests.path()));
        TerminalPage page(m_ssh.host(), &service);
        page.resize(1100, 700);
        page.show();
        const Container::NamedContainer c = testContainer();
        TerminalView *view = page.openContainerShell(c);
        QVERIFY(view);
        QVERIFY(removeHelloPackage());
        auto *offer = view->findChild<InstallOfferBar *>();
        QVERIFY(offer);
        // A failing install and a plain command are not offered.
        view->typeText(QStringLiteral("python3 -m pip install --user no-such-package-xyz\r"));
        view->typeText(QStringLiteral("echo done=$((40+2))\r"));
        QCOMPARE(valueOf(view, QStringLiteral("done")), QStringLiteral("42"));
        QVERIFY(offer->isHidden());
        view->typeText(QStringLiteral("python3 -m pip install --user patagon-hello\r"));
        QVERIFY2(QTest::qWaitFor([&] { return offer->isVisible(); }, kLong),
                 qPrintable(view->screenText()));
        // The hook's marks never reach the screen.
        QVERIFY2(!view->screenText().contains(QLatin1String("6973")),
                 qPrintable(view->screenText()));
        auto *text = offer->findChild<QLabel *>(QStringLiteral("installOfferText"));
        QVERIFY2(text->text().contains(QLatin1String("patagon-hello")), qPrintable(text->text()));
        QCOMPARE(offer->pendingCount(), 1);
        Testing::saveScreenshot(&page, QStringLiteral("terminal-install-offer.png"));
        QSignalSpy recorded(&service, &Container::ContainerService::manifestChanged);
        offer->findChild<QPushButton *>(QStringLiteral("installOfferRecord"))->click();
        QCOMPARE(recorded.size(), 1);
        const Expected<Packages::PackageManifest> manifest
            = service.manifestStore().load(service.profileName(), m_container);
        QVERIFY(manifest);
        QCOMPARE(manifest->entries.size(), 1);
        QCOMPARE(manifest->entries.at(0).packages, QStringList {QStringLiteral("patagon-hello")});
        QCOMPARE(manifest->entries.at(0).typedCommand,
                 QStringLiteral("python3 -m pip install --user patagon-hello"));
        QVERIFY(manifest->entries.at(0).succeeded());
        page.closeTab(0);

        // The replay onto a fresh container installs it there.
        QVERIFY(Testing::makeNamedContainer(m_ssh, m_env, m_other));
        QVERIFY(removeHelloPackage());
        Packages::InstallTarget target;
        target.container = m_other;
        target.partition = QStringLiteral("cpu");
        target.node = m_env.node();
        Container::ContainerTask *replay = service.replay(*manifest, target, this);
        QSignalSpy replayed(replay, &Container::ContainerTask::finished);
        QVERIFY(replayed.wait(kLong * 2));
        QVERIFY2(replay->result(), qPrintable(replay->result().message()));
        Container::PyxisOptions o;
        o.name = m_other;
        Container::JobResources j;
        j.partition = QStringLiteral("cpu");
        j.nodeList = m_env.node();
        const Expected<QStringList> check = Container::Pyxis::srunArguments(
            o, j,
            {QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("patagon_hello")});
        QVERIFY(check);
        const Expected<CommandOutput> ran = m_ssh.runAndWait(*check);
        QVERIFY(ran && ran->succeeded());
        QVERIFY2(ran->standardOutput.startsWith("patagon-hello"), ran->standardOutput.constData());
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
        for (const QString &name : {m_container, m_other})
            (void)m_ssh.runAndWait({QStringLiteral("srun"), QStringLiteral("-p"),
                                    QStringLiteral("cpu"), QStringLiteral("-w"), m_env.node(),
                                    QStringLiteral("enroot"), QStringLiteral("remove"),
                                    QStringLiteral("-f"), QStringLiteral("pyxis_") + name});
        (void)removeHelloPackage();
    }
};

QTEST_MAIN(TestTerminalPage)
#include "tst_terminalpage.moc"
