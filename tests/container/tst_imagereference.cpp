// Image references as Pyxis and Enroot read them: every form in the reference notes, the
// Enroot < 4.0 and >= 4.0 rules, Docker Hub canonicalisation, digests, squashfs paths, and the
// mistakes users make.
#include "core/container/imagereference.h"

#include <QTest>

using Patagon::Container::ImageProblem;
using Patagon::Container::ImageReference;

namespace {
const QString kDigest = QStringLiteral("sha256:") + QString(64, u'a');

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QString severities(const QList<ImageProblem> &problems)
{
    QStringList list;
    for (const ImageProblem &p : problems)
        list << ImageProblem::severityName(p.severity);
    return list.join(u',');
}
} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("enroot"); // empty: unknown
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("problems"); // severities, in order
        QTest::addColumn<bool>("rewritten");

        const QString hub = QStringLiteral("registry-1.docker.io");
        const QString ngc = QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        const QString none;

        // Docker Hub: library/, latest, aliases
        row("bare name") << "python" << none << true << hub + S("#library/python:latest") << hub
                         << "library/python" << "latest" << none << none << false;
        row("name and tag") << "python:3.12" << "3.4.1" << true << hub + S("#library/python:3.12")
                            << hub << "library/python" << "3.12" << none << none << false;
        row("ubuntu tag") << "ubuntu:24.04" << "4.1.0" << true << hub + S("#library/ubuntu:24.04")
                          << hub << "library/ubuntu" << "24.04" << none << none << false;
        row("hub namespace") << "nvidia/cuda:12.4.1-base-ubuntu22.04" << "3.4.1" << true
                             << hub + S("#nvidia/cuda:12.4.1-base-ubuntu22.04") << hub
                             << "nvidia/cuda"
                             << "12.4.1-base-ubuntu22.04" << none << none << false;
        row("hub namespace like ngc")
            << "nvidia/pytorch:24.05-py3" << "3.4.1" << true << hub + S("#nvidia/pytorch:24.05-py3")
            << hub << "nvidia/pytorch"
            << "24.05-py3" << none << none << false;
        row("explicit library") << "library/python" << none << true
                                << hub + S("#library/python:latest") << hub << "library/python"
                                << "latest" << none << none << false;
        row("canonical hub with #") << "registry-1.docker.io#library/python" << "3.4.1" << true
                                    << hub + S("#library/python:latest") << hub << "library/python"
                                    << "latest" << none << none << false;
        row("docker.io with #") << "docker.io#python" << "3.4.1" << true
                                << hub + S("#library/python:latest") << hub << "library/python"
                                << "latest" << none << "info" << true;
        row("index.docker.io with #") << "index.docker.io#library/alpine:3.20" << "4.1.0" << true
                                      << hub + S("#library/alpine:3.20") << hub << "library/alpine"
                                      << "3.20" << none << "info" << true;
        row("docker.io docker-style, enroot 4")
            << "docker.io/library/python:3.12" << "4.1.0" << true << hub + S("#library/python:3.12")
            << hub << "library/python" << "3.12" << none << "info" << true;
        row("docker.io docker-style, enroot 3")
            << "docker.io/python" << "3.4.1" << true << hub + S("#library/python:latest") << hub
            << "library/python" << "latest" << none << "info,warning" << true;

        // NGC and other registries, '#' form
        row("ngc # form, enroot 3")
            << ngc << "3.4.1" << true << ngc << "nvcr.io" << "nvidia/pytorch"
            << "24.05-py3" << none << none << false;
        row("ngc # form, enroot 4")
            << ngc << "4.0.0" << true << ngc << "nvcr.io" << "nvidia/pytorch"
            << "24.05-py3" << none << none << false;
        row("ngc # form, unknown") << ngc << none << true << ngc << "nvcr.io" << "nvidia/pytorch"
                                   << "24.05-py3" << none << none << false;
        row("upper-case registry")
            << "NVCR.IO#nvidia/pytorch:24.05-py3" << "3.4.1" << true << ngc << "nvcr.io"
            << "nvidia/pytorch" << "24.05-py3" << none << none << false;
        row("registry with port") << "localhost:5000#myimage:dev" << "3.4.1" << true
                                  << "localhost:5000#myimage:dev" << "localhost:5000" << "myimage"
                                  << "dev" << none << none << false;
        row("user and registry") << "alice@nvcr.io#nvidia/pytorch:24.05-py3" << "3.4.1" << true
                                 << S("alice@") + ngc << "nvcr.io" << "nvidia/pytorch"
                                 << "24.05-py3" << none << none << false;
        row("oauthtoken user") << "$oauthtoken@nvcr.io#nvidia/pytorch:24.05-py3" << "3.4.1" << true
                               << S("$oauthtoken@") + ngc << "nvcr.io" << "nvidia/pytorch"
                               << "24.05-py3" << none << none << false;
        row("user on docker hub") << "bob@python" << "3.4.1" << true
                                  << S("bob@") + hub + S("#library/python:latest") << hub
                                  << "library/python" << "latest" << none << none << false;
        row("docker:// prefix") << S("docker://") + ngc << "3.4.1" << true << ngc << "nvcr.io"
                                << "nvidia/pytorch" << "24.05-py3" << none << "info" << true;

        // Docker-style references and the Enroot < 4 trap
        row("ngc docker-style, enroot 3")
            << "nvcr.io/nvidia/pytorch:24.05-py3" << "3.4.1" << true << ngc << "nvcr.io"
            << "nvidia/pytorch" << "24.05-py3" << none << "warning" << true;
        row("ngc docker-style, enroot 3.0")
            << "nvcr.io/nvidia/pytorch:24.05-py3" << "3.0" << true << ngc << "nvcr.io"
            << "nvidia/pytorch" << "24.05-py3" << none << "warning" << true;
        row("ngc docker-style, enroot 4")
            << "nvcr.io/nvidia/pytorch:24.05-py3" << "4.1.0" << true << ngc << "nvcr.io"
            << "nvidia/pytorch" << "24.05-py3" << none << none << false;
        row("ngc docker-style, unknown")
            << "nvcr.io/nvidia/pytorch:24.05-py3" << none << true << ngc << "nvcr.io"
            << "nvidia/pytorch" << "24.05-py3" << none << "info" << true;
        row("port docker-style, enroot 3") << "localhost:5000/myimage:dev" << "3.2.0" << true
                                           << "localhost:5000#myimage:dev" << "localhost:5000"
                                           << "myimage" << "dev" << none << "warning" << true;
        row("gitlab with port, enroot 4")
            << "gitlab.example.com:5050/group/project/image:v1"
            << "4.0.0" << true << "gitlab.example.com:5050#group/project/image:v1"
            << "gitlab.example.com:5050" << "group/project/image"
            << "v1" << none << none << false;
        row("ghcr no tag, enroot 4") << "ghcr.io/owner/repo" << "4.1.0" << true
                                     << "ghcr.io#owner/repo:latest" << "ghcr.io" << "owner/repo"
                                     << "latest" << none << none << false;
        row("quay, enroot 3") << "quay.io/prometheus/busybox:latest" << "3.4.1" << true
                              << "quay.io#prometheus/busybox:latest" << "quay.io"
                              << "prometheus/busybox" << "latest" << none << "warning" << true;
        row("dotted first part") << "a.b/c" << "4.1.0" << true << "a.b#c:latest" << "a.b" << "c"
                                 << "latest" << none << none << false;

        // Digests (Enroot 4.0 and later)
        row("digest alone, enroot 4")
            << S("python@") + kDigest << "4.1.0" << true << hub + S("#library/python@") + kDigest
            << hub << "library/python" << none << kDigest << none << false;
        row("tag and digest, enroot 4") << S("python:3.12@") + kDigest << "4.1.0" << true
                                        << hub + S("#library/python:3.12@") + kDigest << hub
                                        << "library/python" << "3.12" << kDigest << none << false;
        row("ngc digest, enroot 4")
            << S("nvcr.io/nvidia/pytorch:24.05-py3@") + kDigest << "4.0.0" << true
            << ngc + S("@") + kDigest << "nvcr.io" << "nvidia/pytorch"
            << "24.05-py3" << kDigest << none << false;
        row("digest, enroot 3") << S("python@") + kDigest << "3.4.1" << false << none << hub
                                << "library/python" << none << kDigest << "error" << false;
        row("digest, unknown enroot")
            << S("python@") + kDigest << none << true << hub + S("#library/python@") + kDigest
            << hub << "library/python" << none << kDigest << "warning" << false;
        row("short digest") << "python@sha256:abc" << "4.1.0" << false << none << hub
                            << "library/python" << none << "sha256:abc" << "error" << false;

        // Squashfs files
        row("absolute sqsh") << "/scratch/images/pytorch.sqsh" << "3.4.1" << true
                             << "/scratch/images/pytorch.sqsh" << none << none << none << none
                             << none << false;
        row("relative sqsh") << "./pytorch.sqsh" << "3.4.1" << true << "./pytorch.sqsh" << none
                             << none << none << none << "warning" << false;
        row("tilde sqsh") << "~/pytorch.sqsh" << "3.4.1" << false << none << none << none << none
                          << none << "error" << false;

        // Mistakes
        row("empty") << "" << none << false << none << none << none << none << none << "error"
                     << false;
        row("blank") << "   " << none << false << none << none << none << none << none << "error"
                     << false;
        row("space inside") << "python 3" << none << false << none << none << none << none << none
                            << "error" << false;
        row("newline") << "python:3.12\n"
                       << none << false << none << none << none << none << none << "error" << false;
        row("upper-case image") << "Python" << "3.4.1" << false << none << hub << "library/Python"
                                << "latest" << none << "error" << false;
        row("empty tag") << "python:" << "3.4.1" << false << none << hub << "library/python" << none
                         << none << "error" << false;
        row("tag starting with dash") << "python:-bad" << "3.4.1" << false << none << hub
                                      << "library/python" << "-bad" << none << "error" << false;
        row("tag with colon") << "nvcr.io#nvidia/pytorch:24.05:py3" << "3.4.1" << false << none
                              << "nvcr.io" << "nvidia/pytorch" << "24.05:py3" << none << "error"
                              << false;
        row("registry, no image") << "nvcr.io#" << "3.4.1" << false << none << "nvcr.io" << none
                                  << none << none << "error" << false;
        row("no registry before #") << "#nvidia/pytorch" << "3.4.1" << false << none << hub
                                    << "nvidia/pytorch" << "latest" << none << "error" << false;
        row("two #") << "a#b#c" << "3.4.1" << false << none << "a" << none << none << none
                     << "error" << false;
        row("double slash") << "nvidia//pytorch" << "3.4.1" << false << none << hub
                            << "nvidia//pytorch" << "latest" << none << "error" << false;
        row("underscore in host") << "my_registry.local#team/img:1" << "3.4.1" << false << none
                                  << "my_registry.local" << "team/img" << "1" << none << "error"
                                  << false;
        row("non-ascii image") << "pytorch-ñandú" << "3.4.1" << false << none << hub
                               << "library/pytorch-ñandú" << "latest" << none << "error" << false;
        row("other scheme") << "dockerd://ubuntu" << "3.4.1" << false << none << none << none
                            << none << none << "error" << false;
        // Found by fuzz_imagereference: the user part took "://", so the normalized form
        // ("x://y@registry-1.docker.io#...") was refused as another scheme.
        row("scheme after docker://") << "docker://x://y@python" << "3.4.1" << false << none << none
                                      << none << none << none << "info,error" << true;
        row("path after docker://") << "docker://~@python" << "3.4.1" << false << none << none
                                    << none << none << none << "info,error" << true;
        row("sqsh tag after docker://") << "docker://python:v1.sqsh" << "3.4.1" << false << none
                                        << none << none << none << none << "info,error" << true;
        row("shell injection") << "python;rm -rf ~" << "3.4.1" << false << none << none << none
                               << none << none << "error" << false;
        row("command substitution") << "$(id)#x" << "3.4.1" << false << none << "$(id)" << "x"
                                    << "latest" << none << "error" << false;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, enroot);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QString, registry);
        QFETCH(QString, image);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, problems);
        QFETCH(bool, rewritten);

        const ImageReference ref = ImageReference::parse(input, QVersionNumber::fromString(enroot));
        QStringList messages;
        for (const ImageProblem &p : ref.problems())
            messages << p.message;
        const QByteArray context = messages.join(QLatin1String(" | ")).toUtf8();
        QVERIFY2(ref.isValid() == valid, context.constData());
        QCOMPARE(ref.normalized(), normalized);
        QCOMPARE(severities(ref.problems()), problems);
        if (ref.kind() != ImageReference::Kind::SquashfsFile && !registry.isNull()) {
            QCOMPARE(ref.registry(), registry);
        }
        if (!image.isNull())
            QCOMPARE(ref.image(), image);
        if (!tag.isNull() || valid)
            QCOMPARE(ref.tag(), tag);
        QCOMPARE(ref.digest(), digest);
        QCOMPARE(ref.wasRewritten(), rewritten);
        for (const ImageProblem &p : ref.problems())
            QVERIFY2(!p.message.isEmpty() && p.message.endsWith(u'.'), qPrintable(p.message));
        // What we normalise to is itself a valid reference, unchanged by a second pass.
        if (valid && ref.kind() == ImageReference::Kind::Registry) {
            const ImageReference again
                = ImageReference::parse(ref.normalized(), QVersionNumber::fromString(enroot));
            QVERIFY(again.isValid());
            QCOMPARE(again.normalized(), ref.normalized());
            QVERIFY(!again.wasRewritten());
        }
    }

    void rewriteExplainsTheEnroot3Trap()
    {
        const ImageReference ref = ImageReference::parse(
            QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"), QVersionNumber(3, 4, 1));
        QCOMPARE(ref.problems().size(), 1);
        const QString message = ref.problems().first().message;
        QVERIFY2(message.contains(QLatin1String("3.4.1")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("401 Unauthorized")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("nvcr.io#nvidia/pytorch:24.05-py3")),
                 qPrintable(message));
    }

    void canonicalRegistry_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("docker.io") << "docker.io" << "registry-1.docker.io";
        QTest::newRow("index") << "index.docker.io" << "registry-1.docker.io";
        QTest::newRow("hub upper") << "Docker.IO" << "registry-1.docker.io";
        QTest::newRow("canonical") << "registry-1.docker.io" << "registry-1.docker.io";
        QTest::newRow("ngc") << "nvcr.io" << "nvcr.io";
        QTest::newRow("port kept") << "localhost:5000" << "localhost:5000";
    }

    void canonicalRegistry()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ImageReference::canonicalRegistry(in), out);
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
