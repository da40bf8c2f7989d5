// The Containers and Packages pages: their table models under QAbstractItemModelTester, and both
// pages driven against the sandbox cluster: the wizard checks the cluster, refuses an invalid
// image reference, imports `python` as a named container with progress, verifies it (no
// PyTorch: a warning); the list shows it with its node; the Packages page refuses a bad pip
// line keeping the text, installs a pip package from the sandbox's wheelhouse with live output
// and shows the manifest row; the container is removed again.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/widgettest.h"
#include "app/containers/commandoutput.h"
#include "app/containers/containerlistmodel.h"
#include "app/containers/containerwizard.h"
#include "app/containers/manifestmodel.h"
#include "app/mainwindow.h"
#include "app/pages/containerspage.h"
#include "app/pages/packagespage.h"
#include "core/container/containerservice.h"
#include "core/i18n/languagemanager.h"
#include "core/ssh/connection.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Patagon;
using namespace Patagon::Container;
using namespace Patagon::Packages;
using Patagon::Testing::SandboxEnv;

namespace {
constexpr int kLong = 300000;

bool waitFor(const std::function<bool()> &done, int ms = kLong)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

NamedContainer container(const char *name, const char *node)
{
    NamedContainer c;
    c.name = QLatin1String(name);
    c.node = QLatin1String(node);
    c.enrootName = QStringLiteral("pyxis_") + c.name;
    return c;
}

using Rows = QList<ContainerListModel::Row>;

ContainerListModel::Row row(const char *name, const char *node, const char *image = "")
{
    return {container(name, node), QLatin1String(image)};
}

ManifestEntry entry(PackageKind kind, const QStringList &packages, int exitStatus)
{
    ManifestEntry e;
    e.kind = kind;
    e.packages = packages;
    e.started = QDateTime::currentDateTimeUtc();
    if (exitStatus >= 0)
        e.finished = e.started.addSecs(5);
    e.exitStatus = exitStatus;
    return e;
}
} // namespace

class TestContainersPages : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    QString m_name;

    ConnectionProfile profile() const
    {
        return m_env.profile(QStringLiteral("containertest"), m_tmp.path());
    }

    // Leaves nothing behind if the test stopped half-way.
    void removeLeftovers()
    {
        if (m_name.isEmpty() || !m_env.load())
            return;
        QProcess p;
        p.start(QStringLiteral("ssh"),
                {QStringLiteral("-p"), m_env.port(), QStringLiteral("-i"), m_env.key(),
                 QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_env.knownHosts(),
                 QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-F"),
                 QStringLiteral("/dev/null"), m_env.user() + u'@' + m_env.host(),
                 QStringLiteral("enroot remove -f pyxis_%1 pyxis_%1b pyxis_%1x 2>/dev/null; true")
                     .arg(m_name)});
        p.waitForFinished(120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("patagon-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_containerspages"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        // Letters and digits only: a valid container name, unique per run.
        m_name = QStringLiteral("guitst%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase() { removeLeftovers(); }

    void listModel_data()
    {
        QTest::addColumn<QList<Rows>>("steps");
        QTest::addColumn<QStringList>("finalNames");
        const auto a = row("alpha", "node1", "registry-1.docker.io#library/python:latest");
        const auto b = row("beta", "node2");
        const auto a2 = row("alpha", "node2");
        const QString alpha = QStringLiteral("alpha");
        const QString beta = QStringLiteral("beta");
        QTest::newRow("fill an empty model") << QList<Rows> {{a, b}} << QStringList {alpha, beta};
        QTest::newRow("same name on two nodes")
            << QList<Rows> {{a}, {a, a2}} << QStringList {alpha, alpha};
        QTest::newRow("a row changes in place")
            << QList<Rows> {{a, b}, {a2, b}} << QStringList {alpha, beta};
        QTest::newRow("rows go away") << QList<Rows> {{a, b, a2}, {b}} << QStringList {beta};
        QTest::newRow("emptied and filled again")
            << QList<Rows> {{a, b}, {}, {a2}} << QStringList {alpha};
    }
    void listModel()
    {
        QFETCH(QList<Rows>, steps);
        QFETCH(QStringList, finalNames);
        ContainerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Rows &rows : steps)
            model.setRows(rows);
        QStringList names;
        for (int i = 0; i < model.rowCount(); ++i)
            names << model.index(i, ContainerListModel::Name).data().toString();
        QCOMPARE(names, finalNames);
        QCOMPARE(model.columnCount(), int(ContainerListModel::ColumnCount));
        const Rows last = steps.last();
        for (int i = 0; i < last.size(); ++i) {
            QCOMPARE(model.index(i, ContainerListModel::Node).data().toString(),
                     last.at(i).container.node);
            QCOMPARE(model.rowOf(last.at(i).container.name, last.at(i).container.node) >= 0, true);
        }
        QCOMPARE(model.rowOf(QStringLiteral("missing")), -1);
    }

    void manifestModel()
    {
        ManifestModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PackageManifest m;
        m.container = QStringLiteral("trainer");
        model.setManifest(m);
        QCOMPARE(model.rowCount(), 0);
        // Rows come as the install runs: running, then finished, then the next step.
        m.entries << entry(PackageKind::Apt, {QStringLiteral("libgl1")}, -1);
        model.setManifest(m);
        QCOMPARE(model.index(0, ManifestModel::Outcome).data().toString(),
                 QStringLiteral("Running…"));
        m.entries[0] = entry(PackageKind::Apt, {QStringLiteral("libgl1")}, 0);
        m.entries << entry(PackageKind::Pip, {QStringLiteral("numpy"), QStringLiteral("rich")}, 1);
        model.setManifest(m);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ManifestModel::Kind).data().toString(), QStringLiteral("apt"));
        QCOMPARE(model.index(0, ManifestModel::Outcome).data().toString(),
                 QStringLiteral("Installed"));
        QCOMPARE(model.index(1, ManifestModel::Packages).data().toString(),
                 QStringLiteral("numpy rich"));
        QCOMPARE(model.index(1, ManifestModel::Outcome).data().toString(),
                 QStringLiteral("Failed (exit status 1)"));
        // Another container replaces the table.
        PackageManifest other;
        other.container = QStringLiteral("other");
        other.entries << entry(PackageKind::Pip, {QStringLiteral("rich")}, 0);
        model.setManifest(other);
        QCOMPARE(model.rowCount(), 1);
        model.setManifest({});
        QCOMPARE(model.rowCount(), 0);
    }

    // apt as remapped root warns on every run that it cannot chown its log: said harmless.
    void harmlessAptWarningIsSaidToBe()
    {
        QPlainTextEdit view;
        appendCommandOutput(&view,
                            "Unpacking x ...\nW: chown to root:adm of file "
                            "/var/log/apt/term.log failed - OpenLog (1: Operation not "
                            "permitted)\r\nSetting up x ...\n");
        const QStringList lines = view.toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Unpacking x ..."));
        QVERIFY2(lines.at(1).endsWith(QLatin1String(
                     "(harmless: apt cannot give its log to root:adm inside a container)")),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("Setting up x ..."));
    }

    // The app's own words in the output (step headings, the note on apt's warning) follow a
    // change of language; the command's output stays as it came, and the headings bold.
    void outputHeadingsAndNotesFollowTheLanguage()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        QPlainTextEdit view;
        view.setMaximumBlockCount(4); // the first lines go: the rest is still found
        QString word = QStringLiteral("one");
        appendCommandOutput(&view, "dropped\n");
        appendCommandHeading(&view, [&word] { return QStringLiteral("Step ") + word; });
        appendCommandOutput(&view, "W: chown to root:adm of file /var/log/apt/term.log failed\n");
        appendCommandOutput(&view, "Setting up x ...\n");
        QCOMPARE(view.document()->firstBlock().text(), QStringLiteral("Step one"));
        word = QStringLiteral("uno");
        languages.setLanguage(QStringLiteral("es"));
        retranslateCommandOutput(&view);
        const QStringList lines = view.toPlainText().split(u'\n');
        QCOMPARE(lines.at(0), QStringLiteral("Step uno"));
        QVERIFY2(lines.at(1).startsWith(
                     QLatin1String("W: chown to root:adm of file /var/log/apt/term.log failed (")),
                 qPrintable(lines.at(1)));
        QVERIFY2(!lines.at(1).contains(QLatin1String("harmless"))
                     && lines.at(1).contains(QLatin1String("root:adm")),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("Setting up x ..."));
        QTextCursor heading(view.document()->firstBlock());
        heading.movePosition(QTextCursor::NextCharacter);
        QCOMPARE(heading.charFormat().fontWeight(), int(QFont::Bold));
        languages.setLanguage(QStringLiteral("en"));
        retranslateCommandOutput(&view);
        QVERIFY(view.toPlainText().split(u'\n').at(1).endsWith(
            QLatin1String("(harmless: apt cannot give its log to root:adm inside a container)")));
    }

    // Output arrives in chunks cut anywhere: a character split between chunks, and between
    // standard output and standard error, shows whole; a step heading starts its own line.
    void outputDecodesSplitCharactersAndHeadsSteps()
    {
        QPlainTextEdit view;
        appendCommandHeading(&view, [] { return QStringLiteral("Step 1 of 2: apt"); });
        const QByteArray out = QStringLiteral("Configurando paquete ñandú…\n").toUtf8();
        const QByteArray err = QStringLiteral("Atención: señal\n").toUtf8();
        // Both streams interleaved, each cut inside a two- or three-byte character.
        const qsizetype o = out.indexOf("\xc3\xb1") + 1;
        const qsizetype e = err.indexOf("\xc3\xb3") + 1;
        appendCommandOutput(&view, out.left(o));
        appendCommandOutput(&view, err.left(e), OutputStream::Err);
        appendCommandOutput(&view, out.mid(o, out.size() - o - 2));
        appendCommandOutput(&view, err.mid(e), OutputStream::Err);
        appendCommandOutput(&view, out.right(2));
        appendCommandOutput(&view, "no newline at the end");
        appendCommandHeading(&view, [] { return QStringLiteral("Step 2 of 2: pip"); });
        appendCommandOutput(&view, "Collecting x\n");
        QCOMPARE(view.toPlainText(),
                 QStringLiteral("Step 1 of 2: apt\nConfigurando paquete Atenciñandúón: señal\n"
                                "…\nno newline at the end\n\nStep 2 of 2: pip\n"
                                "Collecting x\n"));
        QVERIFY(!view.toPlainText().contains(QChar::ReplacementCharacter));
        // A new command starts empty, without a half character left from the last one.
        appendCommandOutput(&view, "\xc3");
        clearCommandOutput(&view);
        appendCommandOutput(&view, "a\n");
        QCOMPARE(view.toPlainText(), QStringLiteral("a\n"));
    }

    // The output follows its end while it is scrolled there, also when the view shrinks (the
    // error shown above it when a command fails), and not once the user scrolled up.
    void outputFollowsTheEnd()
    {
        QPlainTextEdit view;
        view.resize(300, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 100; ++i)
            appendCommandOutput(&view, QByteArray::number(i) + '\n');
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        const int before = bar->maximum();
        view.resize(300, 120);
        QTRY_VERIFY(bar->maximum() > before);
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(10);
        appendCommandOutput(&view, "more\n");
        QCOMPARE(bar->value(), 10);
        bar->setValue(bar->maximum());
        appendCommandHeading(&view, [] { return QStringLiteral("Step 2 of 2"); });
        appendCommandOutput(&view, "x\n");
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.toPlainText().endsWith(QLatin1String("Step 2 of 2\nx\n")));
    }

    void notConnectedStates()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        auto *page = window.findChild<ContainersPage *>(QStringLiteral("containersPage"));
        QVERIFY(page);
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(page->emptyStateText().contains(QLatin1String("Connection page")));
        auto *packages = window.findChild<PackagesPage *>(QStringLiteral("packagesPage"));
        QVERIFY(packages);
        QVERIFY(!packages->findChild<QAbstractButton *>(QStringLiteral("installPackages"))
                     ->isEnabled());
        // What the page last said is said again in the new language after a live switch.
        QTemporaryDir dir;
        QFile requirements(dir.filePath(QStringLiteral("requirements.txt")));
        QVERIFY(requirements.open(QIODevice::WriteOnly));
        requirements.write("numpy\n");
        requirements.close();
        packages->importRequirements(requirements.fileName());
        QCOMPARE(packages->statusText(), QStringLiteral("1 requirement added from the file."));
        languages.setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(packages->statusText(),
                     QStringLiteral("1 requisito añadido desde el archivo."));
        languages.setLanguage(QStringLiteral("en"));
    }

    void importFailureIsExplained()
    {
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ContainersPage *>(QStringLiteral("containersPage"));
        window.connection()->connectToHost(profile());
        QVERIFY(waitFor([&] { return page->isConnected(); }, 60000));
        page->newContainer();
        ContainerWizard *wizard = page->wizard();
        QVERIFY(wizard);
        QVERIFY(waitFor([&] { return wizard->probePage()->isComplete(); }, 120000));
        // Enter on the first page goes on (it closed the wizard for a newcomer).
        QTest::keyClick(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ContainerWizard::ImagePage));
        QVERIFY(wizard->isVisible());
        // What is typed is what is imported: "pytorch" is not completed to pytorch/pytorch.
        auto *combo = wizard->imagePage()->findChild<QComboBox *>(QStringLiteral("imageCombo"));
        QVERIFY(combo && combo->lineEdit());
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("pytorch"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QCOMPARE(wizard->imagePage()->imageText(), QStringLiteral("pytorch"));
        if (wizard->currentId() != int(ContainerWizard::ImagePage))
            wizard->back();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::ImagePage));
        // A valid reference to an image that no registry has.
        wizard->imagePage()->setImageText(QStringLiteral("patagon-no-such-image:1.0"));
        QVERIFY(wizard->imagePage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::NamePage));
        wizard->namePage()->nameEdit()->setText(m_name + QStringLiteral("x"));
        wizard->next();
        ImportWizardPage *import = wizard->importPage();
        QVERIFY(waitFor([&] { return !import->isRunning(); }));
        QVERIFY(!import->isComplete());
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY2(!import->errorText().isEmpty(), qPrintable(import->phaseText()));
        QCOMPARE(import->phaseText(), QStringLiteral("The import failed."));
        QVERIFY(import->findChild<QAbstractButton *>(QStringLiteral("retryImport"))->isVisible());
        QVERIFY(!wizard->created().isValid());
        qInfo("explained: %s", qPrintable(import->errorText()));
        wizard->button(QWizard::CancelButton)->click();
        QVERIFY(waitFor([&] { return !page->wizard(); }, 10000));
    }

    void createInstallAndRemove()
    {
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        auto *page = window.findChild<ContainersPage *>(QStringLiteral("containersPage"));
        auto *packages = window.findChild<PackagesPage *>(QStringLiteral("packagesPage"));
        QVERIFY(page && packages);
        QSignalSpy refreshed(page, &ContainersPage::refreshed);
        window.connection()->connectToHost(profile());
        QVERIFY(waitFor([&] { return page->isConnected(); }, 60000));
        // Connecting lists the containers by itself.
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        QVERIFY2(refreshed.first().first().value<Result>().isOk(),
                 qPrintable(refreshed.first().first().value<Result>().message()));
        QCOMPARE(page->model()->rowOf(m_name), -1);

        // The wizard: the cluster check passes on the sandbox.
        window.showPage(MainWindow::Containers);
        page->newContainer();
        ContainerWizard *wizard = page->wizard();
        QVERIFY(wizard);
        QVERIFY(waitFor([&] { return wizard->probePage()->isComplete(); }, 120000));
        QVERIFY(wizard->probeResult().canRunContainers());
        QVERIFY(!wizard->probeResult().partitions.isEmpty());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::ImagePage));

        // An invalid reference: the message shows and Next stays disabled.
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        ImageWizardPage *image = wizard->imagePage();
        image->combo()->setEditText(QStringLiteral("Bad Ref!"));
        QVERIFY(!image->isComplete());
        QVERIFY(!next->isEnabled());
        QVERIFY2(!image->feedbackText().isEmpty(), "no message for an invalid image");
        QVERIFY(image->feedbackText().contains(QLatin1String("color:")));
        const QString invalidFeedback = image->feedbackText();

        // NGC: the credentials step asks for the API key; the login is fixed, the key masked.
        image->setImageText(QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3"));
        QVERIFY(image->isComplete());
        QCOMPARE(image->nextId(), int(ContainerWizard::CredentialsPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::CredentialsPage));
        CredentialsWizardPage *credentials = wizard->credentialsPage();
        auto *login = credentials->findChild<QLineEdit *>(QStringLiteral("registryLogin"));
        auto *secret = credentials->findChild<QLineEdit *>(QStringLiteral("registrySecret"));
        QCOMPARE(login->text(), QStringLiteral("$oauthtoken"));
        QVERIFY(login->isReadOnly());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        auto *saved = credentials->findChild<QLabel *>(QStringLiteral("credentialsSaved"));
        QVERIFY(
            waitFor([&] { return !saved->text().startsWith(QLatin1String("Looking")); }, 60000));
        QVERIFY2(saved->text().contains(QLatin1String("nvcr.io")), qPrintable(saved->text()));
        QVERIFY(!saved->text().contains(QLatin1String("could not be read")));
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::ImagePage));

        // `python` is valid, from Docker Hub: no credentials step.
        QTest::keyClick(image->combo()->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(image->combo()->lineEdit(), QStringLiteral("python"));
        QCOMPARE(image->imageText(), QStringLiteral("python"));
        QVERIFY(image->isComplete());
        QVERIFY(next->isEnabled());
        QVERIFY(image->feedbackText() != invalidFeedback);
        auto *normalized = image->findChild<QLabel *>(QStringLiteral("normalizedImage"));
        QVERIFY(normalized->text().contains(QLatin1String("python")));
        QCOMPARE(image->nextId(), int(ContainerWizard::NamePage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::NamePage));

        // A bad name is refused with a message; a good one passes.
        NameWizardPage *name = wizard->namePage();
        QCOMPARE(name->containerName(), QStringLiteral("python")); // suggested from the image
        name->nameEdit()->setText(QStringLiteral("bad name/with slash"));
        QVERIFY(!name->isComplete());
        QVERIFY(!name->findChild<QLabel *>(QStringLiteral("nameError"))->text().isEmpty());
        name->nameEdit()->setText(m_name);
        QVERIFY(name->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::ImportPage));

        // The import runs with its phase shown, and ends on the sandbox's node.
        ImportWizardPage *import = wizard->importPage();
        QVERIFY(import->isRunning() || import->isComplete());
        QVERIFY(waitFor([&] { return !import->isRunning(); }));
        QVERIFY2(import->isComplete(), qPrintable(import->errorText()));
        QVERIFY2(import->phaseText().contains(m_env.value("SANDBOX_NODE")),
                 qPrintable(import->phaseText()));
        QCOMPARE(wizard->created().name, m_name);
        QCOMPARE(wizard->created().node, m_env.value("SANDBOX_NODE"));
        // The list shows it at once.
        QVERIFY(page->model()->rowOf(m_name) >= 0);
        // It exists now: no going back to import another, and Cancel would undo nothing.
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Close"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ContainerWizard::VerifyPage));

        // The python image has no PyTorch: a clear warning, not a failure.
        VerifyWizardPage *verify = wizard->verifyPage();
        QVERIFY(waitFor([&] { return !verify->outcome().isEmpty(); }));
        QVERIFY2(verify->outcome() == QLatin1String("no-torch"), qPrintable(verify->resultText()));
        QVERIFY(verify->resultText().contains(QLatin1String("PyTorch is not installed")));
        // The explanation, not Python's traceback; the output is one click away.
        auto *output = verify->findChild<QPlainTextEdit *>(QStringLiteral("verifyOutput"));
        auto *details = verify->findChild<QAbstractButton *>(QStringLiteral("verifyDetails"));
        QVERIFY(output && details);
        QVERIFY(!output->isVisible());
        QVERIFY(output->toPlainText().contains(QLatin1String("torch")));
        details->click();
        QVERIFY(output->isVisible());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        refreshed.clear();
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        QVERIFY(!page->wizard());

        // The list, refreshed from the cluster: the container and its node.
        const int row = page->model()->rowOf(m_name);
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->index(row, ContainerListModel::Node).data().toString(),
                 m_env.value("SANDBOX_NODE"));
        QVERIFY(!page->isShowingEmptyState());
        QVERIFY(page->model()
                    ->index(row, ContainerListModel::Image)
                    .data()
                    .toString()
                    .contains(QLatin1String("python")));

        // Open in Packages.
        page->selectContainer(m_name);
        QCOMPARE(page->selectedContainer().name, m_name);
        page->openSelectedInPackages();
        QCOMPARE(window.currentPage(), MainWindow::Packages);
        QCOMPARE(packages->currentContainer().name, m_name);
        QCOMPARE(packages->manifestModel()->rowCount(), 0);
        // Its label follows a live language switch.
        auto *chosen = packages->findChild<QComboBox *>(QStringLiteral("containerCombo"));
        QVERIFY(chosen);
        languages.setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(chosen->currentText(),
                     QStringLiteral("%1 (en %2)").arg(m_name, m_env.value("SANDBOX_NODE")));
        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(chosen->currentText(),
                     QStringLiteral("%1 (on %2)").arg(m_name, m_env.value("SANDBOX_NODE")));

        // A pip option line is refused; what was typed stays.
        const QString bad = QStringLiteral("-r other.txt");
        packages->pipEdit()->setPlainText(bad);
        packages->install();
        QVERIFY(!packages->errorText().isEmpty());
        QVERIFY(!packages->isBusy());
        QCOMPARE(packages->pipEdit()->toPlainText(), bad);

        // Install a package from the sandbox's wheelhouse; the output streams in.
        packages->pipEdit()->setPlainText(QStringLiteral("patagon-hello\n"));
        QSignalSpy finished(packages, &PackagesPage::taskFinished);
        // Ctrl+Return installs (a shortcut of the page: the window must be active).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        packages->pipEdit()->setFocus();
        QTest::keyClick(packages->pipEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(packages->isBusy());
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
        const Result result = finished.first().first().value<Result>();
        QVERIFY2(result.isOk(),
                 qPrintable(result.message() + u'\n' + packages->outputView()->toPlainText()));
        QVERIFY(packages->outputView()->toPlainText().contains(QLatin1String("patagon")));
        QVERIFY(packages->errorText().isEmpty());

        // The manifest row: pip, the package, installed.
        ManifestModel *manifest = packages->manifestModel();
        QCOMPARE(manifest->rowCount(), 1);
        QCOMPARE(manifest->index(0, ManifestModel::Kind).data().toString(), QStringLiteral("pip"));
        QVERIFY(manifest->index(0, ManifestModel::Packages)
                    .data()
                    .toString()
                    .contains(QLatin1String("patagon-hello")));
        QCOMPARE(manifest->index(0, ManifestModel::Outcome).data().toString(),
                 QStringLiteral("Installed"));

        // Replay onto a second container: its manifest gets the same package.
        const QString second = m_name + QStringLiteral("b");
        CreateRequest request;
        request.name = second;
        request.image = QStringLiteral("python");
        request.node = m_env.value("SANDBOX_NODE");
        std::unique_ptr<ContainerTask> create(page->service()->create(request));
        QSignalSpy created(create.get(), &ContainerTask::finished);
        QVERIFY(waitFor([&] { return !created.isEmpty(); }));
        QVERIFY2(created.first().first().value<Result>().isOk(),
                 qPrintable(created.first().first().value<Result>().message()));
        refreshed.clear();
        page->refresh();
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        QVERIFY(page->model()->rowOf(second) >= 0);
        QCOMPARE(packages->currentContainer().name, m_name);
        QComboBox *targets = packages->replayTargetCombo();
        int target = -1;
        for (int i = 0; i < targets->count(); ++i) {
            if (targets->itemData(i).toStringList().value(0) == second)
                target = i;
        }
        QVERIFY(target >= 0);
        targets->setCurrentIndex(target);
        finished.clear();
        packages->replay();
        QVERIFY2(packages->isBusy(), qPrintable(packages->errorText()));
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
        QVERIFY2(finished.first().first().value<Result>().isOk(),
                 qPrintable(finished.first().first().value<Result>().message()));
        packages->selectContainer(page->model()->row(page->model()->rowOf(second)).container);
        QCOMPARE(packages->currentContainer().name, second);
        QCOMPARE(manifest->rowCount(), 1);
        QVERIFY(manifest->index(0, ManifestModel::Packages)
                    .data()
                    .toString()
                    .contains(QLatin1String("patagon-hello")));
        QCOMPARE(manifest->index(0, ManifestModel::Outcome).data().toString(),
                 QStringLiteral("Installed"));

        // A batch whose pip step fails after its apt step: the status names what is missing;
        // apt's harmless log warning in a container is said to be harmless.
        packages->aptEdit()->setPlainText(QStringLiteral("patagon-tool\n"));
        packages->pipEdit()->setPlainText(QStringLiteral("no-such-package-xyz\n"));
        finished.clear();
        packages->install();
        QVERIFY2(packages->isBusy(), qPrintable(packages->errorText()));
        QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
        QVERIFY(!finished.first().first().value<Result>().isOk());
        QVERIFY2(
            packages->statusText().contains(QLatin1String("not installed: no-such-package-xyz")),
            qPrintable(packages->statusText()));
        QVERIFY(!packages->statusText().contains(QLatin1String("patagon-tool")));
        QVERIFY(packages->statusText().contains(QLatin1String("below")));
        const QString printed = packages->outputView()->toPlainText();
        // Each step's output under its heading: apt's lines before the pip step's heading,
        // none after it.
        const qsizetype aptHeading = printed.indexOf(QLatin1String("Step 1 of 2: Installing 1"));
        const qsizetype pipHeading = printed.indexOf(QLatin1String("Step 2 of 2: Installing 1"));
        QVERIFY2(aptHeading == 0 && pipHeading > aptHeading, qPrintable(printed));
        QVERIFY2(printed.indexOf(QLatin1String("patagon-tool"), aptHeading) < pipHeading,
                 qPrintable(printed));
        QVERIFY2(!printed.mid(pipHeading + 20).contains(QLatin1String("patagon-tool")),
                 qPrintable(printed));
        QVERIFY2(printed.mid(pipHeading).contains(QLatin1String("no-such-package-xyz")),
                 qPrintable(printed));
        Testing::saveScreenshot(&window, QStringLiteral("packages-failed-batch-en.png"));
        if (printed.contains(QLatin1String("chown to root:adm")))
            QVERIFY2(printed.contains(QLatin1String("(harmless:")), qPrintable(printed));
        // In Spanish after a live switch: the headings and the status, the output as it came.
        languages.setLanguage(QStringLiteral("es"));
        QTRY_VERIFY2(packages->statusText().startsWith(QStringLiteral("La instalación falló")),
                     qPrintable(packages->statusText()));
        // The error too, explained again from the output in the language now in use.
        QVERIFY2(packages->errorText().startsWith(QStringLiteral("pip no encontró ese paquete")),
                 qPrintable(packages->errorText()));
        QVERIFY2(packages->errorText().contains(QLatin1String("no-such-package-xyz")),
                 qPrintable(packages->errorText()));
        const QString impreso = packages->outputView()->toPlainText();
        QVERIFY2(impreso.startsWith(
                     QLatin1String("Paso 1 de 2: Instalando 1 paquete del sistema con apt\n")),
                 qPrintable(impreso));
        QVERIFY2(impreso.contains(
                     QLatin1String("\nPaso 2 de 2: Instalando 1 paquete de Python con pip\n")),
                 qPrintable(impreso));
        Testing::saveScreenshot(&window, QStringLiteral("packages-failed-batch-es.png"));
        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(packages->outputView()->toPlainText(), printed); // back word for word

        // Remove both (confirmed): gone from the cluster and the list.
        window.showPage(MainWindow::Containers);
        for (const QString &name : {m_name, second}) {
            page->selectContainer(name);
            QCOMPARE(page->selectedContainer().name, name);
            QSignalSpy removed(page, &ContainersPage::removed);
            page->removeSelected(true);
            QVERIFY(waitFor([&] { return !removed.isEmpty(); }));
            QVERIFY2(removed.first().first().value<Result>().isOk(),
                     qPrintable(removed.first().first().value<Result>().message()));
            QCOMPARE(page->model()->rowOf(name), -1);
        }
        refreshed.clear();
        page->refresh();
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        QCOMPARE(page->model()->rowOf(m_name), -1);
        QCOMPARE(page->model()->rowOf(second), -1);
    }
};

QTEST_MAIN(TestContainersPages)
#include "tst_containerspages.moc"
