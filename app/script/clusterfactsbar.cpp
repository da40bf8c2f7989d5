// The Script page's cluster-facts line.
#include "app/script/clusterfactsbar.h"

#include "core/slurm/clusterfactssource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace Patagon {

using namespace Slurm;

ClusterFactsBar::ClusterFactsBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_refresh(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("clusterFacts"));
    m_label->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshFacts"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        if (m_source)
            m_source->refresh();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_refresh);
}

void ClusterFactsBar::setSource(ClusterFactsSource *source)
{
    m_source = source;
    connect(source, &ClusterFactsSource::statusChanged, this, &ClusterFactsBar::updateStatus);
    connect(source, &ClusterFactsSource::factsChanged, this, &ClusterFactsBar::updateStatus);
    updateStatus();
}

void ClusterFactsBar::setConnected(bool connected)
{
    m_refresh->setEnabled(connected);
    updateStatus();
}

QString ClusterFactsBar::statusText() const
{
    return m_label->text();
}

void ClusterFactsBar::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(
        tr("Read the cluster's partitions, limits, GPUs and container options again."));
    updateStatus();
}

void ClusterFactsBar::updateStatus()
{
    const bool running = m_source && m_source->isFetching();
    const QString profile = m_source ? m_source->profileName() : QString();
    const QString error = m_source ? m_source->error() : QString();
    const std::optional<ClusterFacts> facts = m_source ? m_source->facts() : std::nullopt;
    QString text;
    if (facts) {
        const QString when
            = QLocale().toString(facts->fetchedAt.toLocalTime(), QLocale::ShortFormat);
        if (running)
            text = tr("Checked against the facts of %1 read %2. Reading them again…")
                       .arg(profile, when);
        else if (!error.isEmpty())
            text = tr("Checked against the facts of %1 read %2. Reading them again failed: %3")
                       .arg(profile, when, error);
        else
            text = tr("Checked against the facts of %1 read %2.").arg(profile, when);
    } else if (running) {
        text = tr("Reading the partitions, limits and GPUs of %1…").arg(profile);
    } else if (!error.isEmpty()) {
        text = tr("Not checked against the cluster: %1").arg(error);
    } else {
        text = tr("Not checked against a cluster: connect to check partitions, time limits and "
                  "GPUs.");
    }
    m_label->setText(text);
}

} // namespace Patagon
