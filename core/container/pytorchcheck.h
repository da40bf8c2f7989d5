// Whether PyTorch (and CUDA) work inside a container: the command to run there and the
// reading of what it printed. The container wizard's last step runs it; knows no widgets.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

namespace Patagon::Container {

struct PyTorchCheck
{
    enum class Outcome
    {
        Found, // torch imported: version and cuda are set
        NoTorch, // python ran, but there is no torch module
        Cancelled, // the check was stopped
        Failed, // it did not run, or printed no answer: message says why
    };

    Outcome outcome = Outcome::Failed;
    QString version; // torch.__version__, e.g. "2.6.0+cu124"
    bool cuda = false;
    QString message; // for Failed

    // python3 printing "VERSION True|False" (torch.cuda.is_available()).
    static QStringList command();
    // `output` is what the command printed (standard output and error together), `ended`
    // how it ended.
    static PyTorchCheck read(const QByteArray &output, const Result &ended);
};

} // namespace Patagon::Container
