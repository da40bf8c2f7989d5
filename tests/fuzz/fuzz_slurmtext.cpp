// The text outputs of sbatch, squeue and sacct.
#include "core/slurm/slurmoutput.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size);
    const QString line = QString::fromUtf8(text.left(text.indexOf('\n')));
    (void)SlurmOutput::parseSubmission(text);
    (void)SlurmOutput::explainSubmitError(QString::fromUtf8(text));
    (void)SlurmOutput::missingCommand(QStringLiteral("squeue"), 127, text, QStringLiteral("vm"));
    if (const auto queue = SlurmOutput::parseQueueText(text)) {
        for (const JobInfo &job : *queue)
            (void)SlurmOutput::resolveOutputPath(line, job);
    }
    (void)SlurmOutput::parseHistory(text);
    (void)SlurmOutput::parseStartEstimates(text);
    (void)SlurmOutput::firstNode(line);
    (void)SlurmOutput::parseDurationSeconds(line);
    (void)SlurmOutput::parseMemoryBytes(line);
    (void)SlurmOutput::parseTime(line);
    (void)SlurmOutput::gpusFromTres(line);
    return 0;
}
