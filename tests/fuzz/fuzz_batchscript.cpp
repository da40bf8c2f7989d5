// The batch-script model: parsing is lossless (serialize gives back the very bytes), and
// editing a parsed script keeps it parseable.
#include "core/slurm/batchscript.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size);
    BatchScript script = BatchScript::parse(text);
    FUZZ_CHECK(script.serialize() == text);
    for (const ScriptDirective &d : script.directives()) {
        FUZZ_CHECK(d.line >= 0 && d.line < script.lines().size());
        (void)d.valueText();
    }
    const QByteArray unix = script.withUnixLineBreaks();
    FUZZ_CHECK(BatchScript::parse(unix).serialize() == unix);
    (void)BatchScript::tokenize(text.left(text.indexOf('\n')));

    // The edits the Script page makes, on whatever the file held.
    script.setValue(QStringLiteral("partition"), QString::fromUtf8(text.left(16)));
    script.setValue(QStringLiteral("job-name"), QStringLiteral("fuzz job"));
    script.setFlag(QStringLiteral("exclusive"), true);
    script.remove(QStringLiteral("time"));
    const QByteArray edited = script.serialize();
    FUZZ_CHECK(BatchScript::parse(edited).serialize() == edited);
    return 0;
}
