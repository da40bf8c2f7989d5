// SecretBytes: every buffer that held a secret is zeroed before it is freed, whichever way the
// secret is let go; QByteArrays handed over are wiped only where that cannot change another
// holder's bytes. Observed through SecretBytes' release observer, which sees each buffer after
// the wipe and before it is freed (no reading of freed memory).
#include "core/secretbytes.h"

#include <QTest>

#include <functional>

using namespace Patagon;

namespace {
QList<QByteArray> s_released; // a copy of each buffer as it was at release

void recordRelease(const char *data, qsizetype size)
{
    s_released.append(QByteArray(data, size));
}

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}
} // namespace

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        s_released.clear();
        SecretBytes::setReleaseObserver(recordRelease);
    }
    void cleanup() { SecretBytes::setReleaseObserver(nullptr); }

    void everyWayToLetGoWipes_data()
    {
        QTest::addColumn<std::function<void(std::optional<SecretBytes> &)>>("letGo");
        QTest::addColumn<int>("releases");
        using LetGo = std::function<void(std::optional<SecretBytes> &)>;
        QTest::newRow("destroyed") << LetGo([](std::optional<SecretBytes> &s) { s.reset(); }) << 1;
        QTest::newRow("cleared") << LetGo([](std::optional<SecretBytes> &s) { s->clear(); }) << 1;
        QTest::newRow("assigned over")
            << LetGo([](std::optional<SecretBytes> &s) { *s = SecretBytes(QByteArray("other")); })
            << 1;
        QTest::newRow("moved out, then the new owner destroyed")
            << LetGo([](std::optional<SecretBytes> &s) {
                   SecretBytes moved = std::move(*s);
                   QVERIFY(s->isEmpty());
                   QCOMPARE(moved.view(), QByteArrayView("hunter2 secret"));
               })
            << 1;
        QTest::newRow("moved into a list that is cleared")
            << LetGo([](std::optional<SecretBytes> &s) {
                   SecretList list;
                   list.push_back(std::move(*s));
                   list.push_back(SecretBytes(QByteArray("second")));
                   list.clear();
               })
            << 2;
    }

    void everyWayToLetGoWipes()
    {
        QFETCH(std::function<void(std::optional<SecretBytes> &)>, letGo);
        QFETCH(int, releases);
        std::optional<SecretBytes> secret(SecretBytes(QByteArray("hunter2 secret")));
        QCOMPARE(s_released.size(), 0);
        letGo(secret);
        QCOMPARE(s_released.size(), releases);
        QCOMPARE(s_released.first().size(), qsizetype(sizeof "hunter2 secret"));
        for (const QByteArray &buffer : std::as_const(s_released))
            QVERIFY2(allZero(buffer), buffer.toHex().constData());
        // What is left (the other secret assigned over it) is released once more; an emptied
        // secret has no buffer left to release.
        const bool holdsAnother = secret && !secret->isEmpty();
        secret.reset();
        QCOMPARE(s_released.size(), releases + (holdsAnother ? 1 : 0));
        QVERIFY(allZero(s_released.last()));
    }

    void copiesAreOwnersOfTheirOwn()
    {
        SecretBytes first(QByteArray("passphrase"));
        {
            SecretBytes second = first.copy();
            QVERIFY(second == first);
            QVERIFY(second.c_str() != first.c_str());
        }
        QCOMPARE(s_released.size(), 1);
        QVERIFY(allZero(s_released.first()));
        QCOMPARE(first.view(), QByteArrayView("passphrase")); // untouched by the copy's wipe
    }

    void cStringIsTerminated()
    {
        const SecretBytes secret(QByteArray("a\0b", 3));
        QCOMPARE(secret.size(), 3);
        QCOMPARE(secret.c_str()[3], '\0');
        const SecretBytes none;
        QVERIFY(none.c_str() != nullptr);
        QCOMPARE(none.c_str()[0], '\0');
        QVERIFY(none.isEmpty());
    }

    void takeLeavesTheSourceEmpty()
    {
        QByteArray source("typed password");
        SecretBytes secret = SecretBytes::take(source);
        QCOMPARE(secret.view(), QByteArrayView("typed password"));
        QVERIFY(source.isEmpty());
    }

    // The buffer a sole owner hands over is zeroed before it is freed.
    void takeWipesASoleOwnersBuffer()
    {
        QByteArray source = QByteArray("typed") + QByteArray(" password"); // a buffer of its own
        QVERIFY(source.isDetached());
        SecretBytes secret = SecretBytes::take(std::move(source));
        QCOMPARE(secret.view(), QByteArrayView("typed password"));
        QCOMPARE(s_released.size(), 1);
        QCOMPARE(s_released.first().size(), qsizetype(14));
        QVERIFY(allZero(s_released.first()));
    }

    // A buffer another QByteArray still shares is not written: that one may be on its way to
    // the keychain.
    void takeLeavesASharedBufferToItsOtherOwner()
    {
        QByteArray keychainCopy("remembered");
        QByteArray answer = keychainCopy; // shared
        SecretBytes secret = SecretBytes::take(answer);
        QCOMPARE(secret.view(), QByteArrayView("remembered"));
        QVERIFY(answer.isEmpty());
        QCOMPARE(keychainCopy, QByteArray("remembered"));
        QCOMPARE(s_released.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
