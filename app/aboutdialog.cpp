// The About dialog: what the app is, its version and the versions of what it is built on.
#include "app/aboutdialog.h"

#include "core/version.h"

#include <ksyntaxhighlighting_version.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Patagon {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Patagon Studio"));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h2>Patagon Studio %1</h2>"
           "<p>Train neural networks on a Slurm GPU cluster: connect, prepare the container, "
           "write the batch script, submit, follow the logs and train with one click.</p>"
           "<p>Built with Qt %2, libssh %3 and KSyntaxHighlighting %4.</p>")
            .arg(appVersion(), QString::fromLatin1(qVersion()), libsshVersion(),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Patagon
