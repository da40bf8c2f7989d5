// The offer to record a typed install.
#include "app/terminal/installofferbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Patagon {

InstallOfferBar::InstallOfferBar(const QString &container, QWidget *parent)
    : QWidget(parent)
    , m_container(container)
    , m_text(new QLabel(this))
    , m_record(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("installOffer"));
    m_text->setObjectName(QStringLiteral("installOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_record->setObjectName(QStringLiteral("installOfferRecord"));
    m_dismiss->setObjectName(QStringLiteral("installOfferDismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_record);
    layout->addWidget(m_dismiss);
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (m_queue.isEmpty())
            return;
        const Packages::TypedInstall install = m_queue.takeFirst();
        emit accepted(install);
        if (m_outcome.isEmpty())
            showNext();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (!m_queue.isEmpty())
            m_queue.removeFirst();
        m_outcome.clear();
        showNext();
    });
    hide();
    retranslate();
}

void InstallOfferBar::offer(const Packages::TypedInstall &install)
{
    m_queue << install;
    if (m_queue.size() == 1) {
        m_outcome.clear();
        showNext();
    }
}

void InstallOfferBar::showOutcome(const QString &text)
{
    m_outcome = text;
    if (m_queue.isEmpty()) {
        m_text->setText(text);
        m_record->hide();
        m_dismiss->setText(tr("OK"));
        show();
    } else {
        showNext();
    }
}

void InstallOfferBar::showNext()
{
    if (m_queue.isEmpty()) {
        hide();
        return;
    }
    m_record->show();
    retranslate();
    show();
}

void InstallOfferBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InstallOfferBar::retranslate()
{
    m_record->setText(tr("&Record"));
    m_record->setToolTip(tr("Add these packages to the container's package list, so that "
                            "\"Replay\" installs them on another container"));
    if (m_queue.isEmpty()) {
        m_dismiss->setText(tr("OK"));
        m_text->setText(m_outcome);
        return;
    }
    m_dismiss->setText(tr("Not this one"));
    const Packages::TypedInstall &next = m_queue.first();
    const QString what = next.step.packages.join(QStringLiteral(", "));
    QString text = tr("Installing %1 with %2 worked in this shell. Record it in the package "
                      "list of «%3»?")
                       .arg(what, Packages::packageKindName(next.step.kind), m_container);
    if (m_queue.size() > 1)
        text += u' ' + tr("(%n more waiting)", nullptr, int(m_queue.size() - 1));
    if (!m_outcome.isEmpty())
        text.prepend(m_outcome + u' ');
    m_text->setText(text);
}

} // namespace Patagon
