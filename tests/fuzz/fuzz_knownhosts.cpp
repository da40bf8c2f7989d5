// known_hosts files: host fields (plain, wildcards, negations, hashed |1|salt|hash) and the
// @revoked marker. The input is the file.
#include "core/ssh/knownhosts.h"
#include "tests/fuzz/fuzzinput.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Patagon;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const QByteArray text = bytes(data, size);
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const QString host = KnownHosts::hostPattern(QStringLiteral("login.example.org"), 2222);
    (void)KnownHosts::findEntryLine(path, host);
    (void)KnownHosts::findEntryLine(path, QStringLiteral("127.0.0.1"),
                                    QStringLiteral("ssh-ed25519"));
    (void)KnownHosts::isRevoked(path, "ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIE");
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray field = line.trimmed().split(' ').value(0);
        (void)KnownHosts::fieldMatches(field, host);
    }
    return 0;
}
