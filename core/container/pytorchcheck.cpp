// Reading the PyTorch check: the answer is the last "VERSION True|False" line, so banners a
// login prints before it and warnings torch prints around it do not matter.
#include "core/container/pytorchcheck.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon::Container {

QStringList PyTorchCheck::command()
{
    return {QStringLiteral("python3"), QStringLiteral("-c"),
            QStringLiteral("import torch; print(torch.__version__, torch.cuda.is_available())")};
}

PyTorchCheck PyTorchCheck::read(const QByteArray &output, const Result &ended)
{
    PyTorchCheck check;
    const QString text = QString::fromUtf8(output);
    if (!ended) {
        if (text.contains(QLatin1String("No module named 'torch'"))
            || text.contains(QLatin1String("No module named torch")))
            check.outcome = Outcome::NoTorch;
        else if (ended.code() == ErrorCode::Cancelled)
            check.outcome = Outcome::Cancelled;
        else
            check.message = ended.message();
        return check;
    }
    static const QRegularExpression answer(QStringLiteral(R"(^\s*(\S+)\s+(True|False)\s*$)"));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QRegularExpressionMatch m = answer.match(*it);
        if (!m.hasMatch())
            continue;
        check.outcome = Outcome::Found;
        check.version = m.captured(1);
        check.cuda = m.captured(2) == QLatin1String("True");
        return check;
    }
    check.message = Tr::tr("python3 ended without printing the PyTorch version and whether CUDA "
                           "is available.");
    return check;
}

} // namespace Patagon::Container
