// The folder browser for the cluster, driven against LocalHost over a temporary folder tree:
// its model under QAbstractItemModelTester (folders first in natural order, files greyed),
// entering, going up and home by mouse and keyboard, a typed path, an error said inline, what
// a folder looks like as a dataset, and the folder chosen. Then the Train form's parts of it:
// Browse… for the dataset and runs folders, a dataset uploaded from this computer, bf16 offered
// only where it runs, and the form's width at the window's default size in both languages.
#include "app/train/remotefolderdialog.h"
#include "app/train/trainform.h"
#include "core/i18n/languagemanager.h"
#include "core/remote/localhost.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Patagon;
using namespace Patagon::Train;

namespace {
constexpr int kLong = 30000;
const QSize kPageSize(880, 650); // the Train page's area at the window's default 1100x700

void touch(const QString &path, const QByteArray &contents = {})
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(contents);
}

QStringList namesShown(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    return int(namesShown(model).indexOf(name));
}

bool waitListed(RemoteFolderDialog *dialog)
{
    if (!dialog->isBusy())
        return true;
    QSignalSpy listed(dialog, &RemoteFolderDialog::listed);
    return listed.wait(kLong);
}
} // namespace

class TestRemoteFolderDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    LocalHost m_host {QStringLiteral("here")};
    QString m_tree;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_host.setHomePath(m_tmp.path());
        m_tree = m_tmp.filePath(QStringLiteral("tree"));
        QDir tree(m_tree);
        for (const char *folder : {"fashion", "sub10", "sub2", "Sub3", ".hidden-folder", "empty",
                                   "classes/cat", "classes/dog"})
            QVERIFY(tree.mkpath(QString::fromUtf8(folder)));
        touch(tree.filePath(QStringLiteral("notes.txt")), QByteArray(2048, 'x'));
        touch(tree.filePath(QStringLiteral("a.bin")), "abc");
        touch(tree.filePath(QStringLiteral("fashion/train-images-idx3-ubyte.gz")));
        touch(tree.filePath(QStringLiteral("fashion/train-labels-idx1-ubyte.gz")));
        QVERIFY(QFile::link(QStringLiteral("sub2"), tree.filePath(QStringLiteral("to-sub2"))));
        QVERIFY(QFile::link(QStringLiteral("none"), tree.filePath(QStringLiteral("dangling"))));
    }

    void listsFoldersFirstAndFilesGreyed()
    {
        RemoteFolderDialog dialog(&m_host);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPath(m_tree);
        QVERIFY(dialog.isBusy());
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree);
        QCOMPARE(dialog.errorText(), QString());
        const QAbstractItemModel *model = dialog.model();
        // Folders (links to folders among them) in natural order, then files and broken links.
        QCOMPARE(namesShown(model),
                 (QStringList {QStringLiteral("classes"), QStringLiteral("empty"),
                               QStringLiteral("fashion"), QStringLiteral("sub2"),
                               QStringLiteral("Sub3"), QStringLiteral("sub10"),
                               QStringLiteral("to-sub2"), QStringLiteral("a.bin"),
                               QStringLiteral("dangling"), QStringLiteral("notes.txt")}));
        const int notes = rowNamed(model, QStringLiteral("notes.txt"));
        QCOMPARE(model->flags(model->index(notes, 0)), Qt::NoItemFlags);
        QCOMPARE(model->flags(model->index(rowNamed(model, QStringLiteral("dangling")), 0)),
                 Qt::NoItemFlags);
        QVERIFY(model->flags(model->index(rowNamed(model, QStringLiteral("to-sub2")), 0))
                & Qt::ItemIsSelectable);
        QCOMPARE(model->index(notes, 1).data().toString(), QLocale().formattedDataSize(2048));
        QCOMPARE(model->index(0, 1).data().toString(), QString()); // no size for a folder
        QVERIFY(!model->index(notes, 0).data(Qt::ToolTipRole).toString().isEmpty());
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QCOMPARE(status->text(), QStringLiteral("Folders: 7, files: 3"));
        // Hidden entries on request.
        dialog.findChild<QCheckBox *>(QStringLiteral("showHidden"))->setChecked(true);
        QCOMPARE(namesShown(model).first(), QStringLiteral(".hidden-folder"));
        QCOMPARE(status->text(), QStringLiteral("Folders: 8, files: 3"));
        // Two folders or more read as image folders, one per class.
        QVERIFY2(dialog.datasetText().contains(QLatin1String("image folders")),
                 qPrintable(dialog.datasetText()));
    }

    void entersGoesUpAndHome()
    {
        RemoteFolderDialog dialog(&m_host);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitListed(&dialog)); // shown without a path: the home folder
        QCOMPARE(dialog.path(), QDir::cleanPath(m_tmp.path()));
        QTreeView *view = dialog.view();
        const QAbstractItemModel *model = dialog.model();

        // Double-click enters a folder.
        const int tree = rowNamed(model, QStringLiteral("tree"));
        QVERIFY(tree >= 0);
        view->scrollTo(model->index(tree, 0));
        const QRect rect = view->visualRect(model->index(tree, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree);

        // Enter on a folder enters it; Backspace and Alt+Up go up.
        view->setFocus();
        view->setCurrentIndex(model->index(rowNamed(model, QStringLiteral("fashion")), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree + QStringLiteral("/fashion"));
        QVERIFY2(dialog.datasetText().contains(QLatin1String("Fashion-MNIST (IDX files)")),
                 qPrintable(dialog.datasetText()));
        QTest::keyClick(view, Qt::Key_Backspace);
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), QDir::cleanPath(m_tmp.path()));

        // The Up button, down to the root (then it stops), and Home.
        auto *up = dialog.findChild<QToolButton *>(QStringLiteral("up"));
        while (dialog.path() != u"/") {
            QVERIFY(up->isEnabled());
            QTest::mouseClick(up, Qt::LeftButton);
            QVERIFY(waitListed(&dialog));
        }
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("home")), Qt::LeftButton);
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), QDir::cleanPath(m_tmp.path()));

        // A typed path: Enter goes there (and does not close the dialog).
        dialog.pathEdit()->setFocus();
        dialog.pathEdit()->setText(QStringLiteral("~/tree/classes"));
        QTest::keyClick(dialog.pathEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree + QStringLiteral("/classes"));
        QCOMPARE(dialog.pathEdit()->text(), dialog.path());
        QCOMPARE(namesShown(model), (QStringList {QStringLiteral("cat"), QStringLiteral("dog")}));
    }

    void errorsAreSaidInline_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("a missing folder")
            << QStringLiteral("tree/no-such-folder") << QStringLiteral("does not exist");
        QTest::newRow("a file") << QStringLiteral("tree/notes.txt")
                                << QStringLiteral("is a file, not a folder");
    }

    void errorsAreSaidInline()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        RemoteFolderDialog dialog(&m_host);
        dialog.show();
        dialog.setPath(path);
        QVERIFY(waitListed(&dialog));
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->isVisible());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.chosenFolder(), QString());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        // Up leads back to a folder that exists; the error goes.
        dialog.goUp();
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree);
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void datasetHint_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("says");
        QTest::newRow("IDX files in a folder named fashion")
            << QStringLiteral("tree/fashion") << QStringLiteral("Fashion-MNIST (IDX files)");
        QTest::newRow("an empty folder") << QStringLiteral("tree/empty") << QStringLiteral("empty");
        QTest::newRow("one folder of images per class")
            << QStringLiteral("tree/classes") << QStringLiteral("image folders");
    }

    void datasetHint()
    {
        QFETCH(QString, folder);
        QFETCH(QString, says);
        RemoteFolderDialog dialog(&m_host);
        dialog.setPath(folder);
        QVERIFY(waitListed(&dialog));
        QVERIFY2(dialog.datasetText().contains(says), qPrintable(dialog.datasetText()));
    }

    void okGivesTheChosenFolder()
    {
        RemoteFolderDialog dialog(&m_host);
        dialog.show();
        dialog.setPath(QStringLiteral("~/tree/"));
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.chosenFolder(), m_tree); // nothing selected: the folder shown
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->text().contains(QLatin1String("tree")), qPrintable(ok->text()));
        const int sub = rowNamed(dialog.model(), QStringLiteral("sub2"));
        dialog.view()->selectionModel()->select(dialog.model()->index(sub, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
        QCOMPARE(dialog.chosenFolder(), m_tree + QStringLiteral("/sub2"));
        QVERIFY2(ok->text().contains(QLatin1String("sub2")), qPrintable(ok->text()));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void anotherFolderWhileOneIsReadWins()
    {
        RemoteFolderDialog dialog(&m_host);
        dialog.setPath(QStringLiteral("tree"));
        dialog.setPath(QStringLiteral("tree/classes")); // the first listing is dropped
        QVERIFY(waitListed(&dialog));
        QCOMPARE(dialog.path(), m_tree + QStringLiteral("/classes"));
        QTest::qWait(50);
        QCOMPARE(namesShown(dialog.model()),
                 (QStringList {QStringLiteral("cat"), QStringLiteral("dog")}));
    }

    void noHostSaysSo()
    {
        RemoteFolderDialog dialog(nullptr);
        dialog.setPath(QStringLiteral("/"));
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.errorText().isEmpty());
    }

    // ---------------------------------------------------------------- the Train form
    void formBrowsesTheClusterForTheDataset()
    {
        TrainForm form;
        auto *browse = form.findChild<QPushButton *>(QStringLiteral("browseData"));
        auto *browseRuns = form.findChild<QPushButton *>(QStringLiteral("browseRuns"));
        QVERIFY(browse);
        QVERIFY(browseRuns);
        QVERIFY(!browse->isEnabled()); // no host yet
        QVERIFY(!browse->toolTip().isEmpty());
        form.setHost(&m_host);
        QVERIFY(browse->isEnabled());
        QVERIFY(browseRuns->isEnabled());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        TrainConfig c = form.config();
        c.dataKind = QStringLiteral("cifar10");
        c.dataDir = m_tree;
        form.setConfig(c);
        QTest::mouseClick(browse, Qt::LeftButton);
        RemoteFolderDialog *dialog = form.folderDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QVERIFY(waitListed(dialog));
        QCOMPARE(dialog->path(), m_tree); // it starts at the folder in the field
        dialog->enter(rowNamed(dialog->model(), QStringLiteral("fashion")));
        QVERIFY(waitListed(dialog));
        QSignalSpy changed(&form, &TrainForm::changed);
        dialog->accept();
        QTRY_VERIFY(!form.folderDialog()); // closed and gone
        QCOMPARE(form.config().dataDir, m_tree + QStringLiteral("/fashion"));
        QCOMPARE(form.config().dataKind, QString()); // a new folder: detected
        QVERIFY(!changed.isEmpty());

        // The runs folder the same way; Cancel leaves the field as it was.
        QTest::mouseClick(browseRuns, Qt::LeftButton);
        QVERIFY(form.folderDialog());
        QVERIFY(waitListed(form.folderDialog()));
        QCOMPARE(form.folderDialog()->path(), QDir::cleanPath(m_tmp.path())); // empty: home
        form.folderDialog()->setPath(QStringLiteral("tree/sub2"));
        QVERIFY(waitListed(form.folderDialog()));
        form.folderDialog()->reject();
        QTRY_VERIFY(!form.folderDialog());
        QCOMPARE(form.config().runsFolder, QString());
        QTest::mouseClick(browseRuns, Qt::LeftButton);
        QVERIFY(waitListed(form.folderDialog()));
        form.folderDialog()->setPath(QStringLiteral("tree/sub2"));
        QVERIFY(waitListed(form.folderDialog()));
        form.folderDialog()->accept();
        QTRY_VERIFY(!form.folderDialog());
        QCOMPARE(form.config().runsFolder, m_tree + QStringLiteral("/sub2"));

        // Without a connection there is nothing to browse.
        form.setHost(nullptr);
        QVERIFY(!browse->isEnabled());
        QVERIFY(!browseRuns->isEnabled());
    }

    void formRoundTripsTheNewFields_data()
    {
        QTest::addColumn<QString>("uploadFrom");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("runsFolder");
        QTest::newRow("a cluster folder, runs in the default place")
            << QString() << QStringLiteral("/data/cifar") << QString();
        QTest::newRow("a folder uploaded to the default place, runs in ~/runs")
            << m_tmp.path() << QString() << QStringLiteral("~/runs");
        QTest::newRow("a folder uploaded to a folder named")
            << m_tmp.path() << QStringLiteral("~/datasets/mine")
            << QStringLiteral("/scratch/me/runs");
    }

    void formRoundTripsTheNewFields()
    {
        QFETCH(QString, uploadFrom);
        QFETCH(QString, dataDir);
        QFETCH(QString, runsFolder);
        TrainForm form;
        TrainConfig c = form.config();
        c.uploadFrom = uploadFrom;
        c.dataDir = dataDir;
        c.runsFolder = runsFolder;
        form.setConfig(c);
        QCOMPARE(form.config().toJson(), c.toJson());
        QCOMPARE(form.config().uploadFrom, uploadFrom);
        QCOMPARE(form.config().runsFolder, runsFolder);
        auto *shown = form.findChild<QLineEdit *>(QStringLiteral("uploadFrom"));
        QCOMPARE(shown->isHidden(), uploadFrom.isEmpty());
        QCOMPARE(form.dataDirEdit()->isHidden(), !uploadFrom.isEmpty());
        if (!uploadFrom.isEmpty()) {
            QVERIFY2(shown->text().contains(QDir::toNativeSeparators(uploadFrom)),
                     qPrintable(shown->text()));
            QVERIFY2(shown->text().contains(QLatin1String("This computer")),
                     qPrintable(shown->text()));
        }
    }

    void formSwitchesBetweenUploadAndClusterFolder()
    {
        TrainForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.dataDirEdit()->setText(QStringLiteral("/data/typed"));
        QSignalSpy changed(&form, &TrainForm::changed);
        auto *shown = form.findChild<QLineEdit *>(QStringLiteral("uploadFrom"));
        auto *clear = form.findChild<QPushButton *>(QStringLiteral("clearUpload"));
        auto *upload = form.findChild<QPushButton *>(QStringLiteral("uploadData"));
        QVERIFY(upload && upload->isVisible());
        QVERIFY(!shown->isVisible());
        QVERIFY(!clear->isVisible());

        form.setUploadFrom(m_tree + QStringLiteral("/fashion/"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(form.config().uploadFrom, m_tree + QStringLiteral("/fashion"));
        QCOMPARE(form.config().dataDir, QString()); // the run picks patagon-datasets/fashion
        QVERIFY(shown->isVisible());
        QVERIFY(clear->isVisible());
        QVERIFY(!form.dataDirEdit()->isVisible());
        QVERIFY(!form.findChild<QPushButton *>(QStringLiteral("browseData"))->isVisible());
        QVERIFY2(shown->toolTip().contains(QLatin1String("patagon-datasets/fashion")),
                 qPrintable(shown->toolTip()));

        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(form.config().uploadFrom, QString());
        QCOMPARE(form.config().dataDir, QStringLiteral("/data/typed")); // as it was
        QVERIFY(form.dataDirEdit()->isVisible());
        QVERIFY(!shown->isVisible());
    }

    void formOffersBf16OnlyWhereItRuns()
    {
        TrainForm form;
        auto *box = form.findChild<QComboBox *>(QStringLiteral("precision"));
        auto *model = qobject_cast<QStandardItemModel *>(box->model());
        QVERIFY(model);
        const int bf16 = box->findData(QStringLiteral("bf16"));
        QVERIFY(form.isBf16Available());
        QVERIFY(model->item(bf16)->isEnabled());

        TrainConfig c = form.config();
        c.precision = QStringLiteral("bf16");
        form.setConfig(c);
        QCOMPARE(form.config().precision, QStringLiteral("bf16"));
        QSignalSpy changed(&form, &TrainForm::changed);
        const QString why = QStringLiteral("The Tesla V100 does not compute in bf16.");
        form.setBf16Available(false, why);
        QVERIFY(!model->item(bf16)->isEnabled());
        QCOMPARE(model->item(bf16)->toolTip(), why);
        QCOMPARE(form.config().precision, QStringLiteral("fp32")); // fell back
        QCOMPARE(changed.size(), 1);
        form.setConfig(c); // a run asked bf16 again: still fp32 here
        QCOMPARE(form.config().precision, QStringLiteral("fp32"));

        form.setBf16Available(true);
        QVERIFY(model->item(bf16)->isEnabled());
        QCOMPARE(model->item(bf16)->toolTip(), QString());
        QCOMPARE(form.config().precision, QStringLiteral("fp32")); // not switched back unasked
        form.setConfig(c);
        QCOMPARE(form.config().precision, QStringLiteral("bf16"));
    }

    void formFitsTheWindowInEnglishAndSpanish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("uploading");
        QTest::newRow("English") << QStringLiteral("en") << false;
        QTest::newRow("English, uploading") << QStringLiteral("en") << true;
        QTest::newRow("Spanish") << QStringLiteral("es") << false;
        QTest::newRow("Spanish, uploading") << QStringLiteral("es") << true;
    }

    // The form where the Train page puts it: in a scroll area on a tab, at the page's size.
    void formFitsTheWindowInEnglishAndSpanish()
    {
        QFETCH(QString, language);
        QFETCH(bool, uploading);
        LanguageManager languages;
        languages.useLanguage(language);
        QWidget page;
        auto *tabs = new QTabWidget(&page);
        auto *scroll = new QScrollArea;
        auto *content = new QWidget;
        auto *form = new TrainForm(content);
        auto *contentLayout = new QVBoxLayout(content);
        contentLayout->addWidget(form);
        contentLayout->addStretch(1);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        tabs->addTab(scroll, QStringLiteral("New run"));
        auto *layout = new QVBoxLayout(&page);
        layout->addWidget(new QLabel(QStringLiteral("Train"), &page));
        layout->addWidget(tabs, 1);
        page.resize(kPageSize);
        form->setHost(&m_host);
        if (uploading)
            form->setUploadFrom(QStringLiteral("/home/somebody/a rather long folder name/with "
                                               "images of every class in it"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50); // the language change reaches the widgets
        const int needed = content->minimumSizeHint().width();
        QVERIFY2(needed <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("the form needs %1 of %2 pixels")
                                .arg(needed)
                                .arg(scroll->viewport()->width())));
        languages.useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestRemoteFolderDialog)
#include "tst_remotefolderdialog.moc"
