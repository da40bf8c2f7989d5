// The --container-save rule the Packages page and the CLI share: empty, or a file name ending
// in .sqsh; anything else refused with an example that names the container.
#include "core/packages/savepath.h"

#include <QTest>

using namespace Patagon;

class TestSavePath : public QObject
{
    Q_OBJECT

private slots:
    void checkSavePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("not saved") << QString() << true;
        QTest::newRow("relative") << QStringLiteral("containers/trainer.sqsh") << true;
        QTest::newRow("absolute with a space")
            << QStringLiteral("/scratch/me/env image.sqsh") << true;
        QTest::newRow("non-ASCII") << QStringLiteral("imágenes/ñandú.sqsh") << true;
        QTest::newRow("a tar file") << QStringLiteral("containers/trainer.tar") << false;
        QTest::newRow("no suffix") << QStringLiteral("trainer") << false;
        QTest::newRow("suffix in the folder only") << QStringLiteral("x.sqsh/trainer") << false;
        QTest::newRow("a folder") << QStringLiteral("containers/") << false;
        QTest::newRow("only the suffix") << QStringLiteral(".sqsh") << false;
        QTest::newRow("only the suffix in a folder") << QStringLiteral("containers/.sqsh") << false;
        QTest::newRow("upper-case suffix") << QStringLiteral("trainer.SQSH") << false;
    }

    void checkSavePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, accepted);
        const Result r = Packages::checkSavePath(path, QStringLiteral("pytorch"));
        QCOMPARE(bool(r), accepted);
        if (!accepted) {
            QCOMPARE(r.code(), ErrorCode::InvalidInput);
            QVERIFY2(r.message().contains(QStringLiteral("containers/pytorch.sqsh")),
                     qPrintable(r.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSavePath)
#include "tst_savepath.moc"
