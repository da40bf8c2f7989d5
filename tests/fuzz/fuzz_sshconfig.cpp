// ~/.ssh/config as the app reads it. The input is the config file; HOME is a folder of the
// fuzzer's own, so relative Include lines can only reach that file.
#include "core/ssh/sshconfig.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Patagon;
using namespace PatagonFuzz;

namespace {
QString configPath()
{
    static QTemporaryDir home;
    static const bool ready = [] {
        qputenv("HOME", home.path().toUtf8());
        return QDir(home.path()).mkpath(QStringLiteral(".ssh"));
    }();
    FUZZ_CHECK(ready);
    return home.filePath(QStringLiteral(".ssh/config"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = configPath();
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes(data, size));
    file.close();
    for (const QString &alias :
         {QStringLiteral("patagon"), QStringLiteral("login.example.org"), QStringLiteral("*")}) {
        const SshHostConfig config = SshConfig::forHost(alias, path);
        (void)config;
    }
    return 0;
}
