// Enroot's credentials file (netrc lines): read and written back byte for byte, and an entry
// set in it is found again.
#include "core/container/enrootcredentials.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Container;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size);
    EnrootCredentials credentials = EnrootCredentials::fromText(text);
    FUZZ_CHECK(credentials.toText() == text);
    (void)credentials.warnings();
    for (const RegistryCredential &entry : credentials.entries())
        (void)credentials.find(entry.machine);
    const QString registry = QString::fromUtf8(text.left(text.indexOf('\n')));
    (void)EnrootCredentials::canonicalHost(registry);
    if (credentials.setCredential(QStringLiteral("nvcr.io"), QStringLiteral("$oauthtoken"),
                                  QStringLiteral("secret"))) {
        const auto found
            = EnrootCredentials::fromText(credentials.toText()).find(QStringLiteral("nvcr.io"));
        FUZZ_CHECK(found && found->password == QLatin1String("secret"));
    }
    credentials.remove(registry);
    return 0;
}
