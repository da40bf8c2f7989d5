// The line above the Script page's editor that says what the script is checked against (the
// facts of which cluster, read when, being read again, or why not), with a button that reads
// them again.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Patagon {

namespace Slurm {
class ClusterFactsSource;
}

class ClusterFactsBar : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterFactsBar(QWidget *parent = nullptr);

    void setSource(Slurm::ClusterFactsSource *source);
    // Reading the facts again needs a connection.
    void setConnected(bool connected);
    QString statusText() const;
    void retranslate();

private:
    void updateStatus();

    QPointer<Slurm::ClusterFactsSource> m_source;
    QLabel *m_label;
    QToolButton *m_refresh;
};

} // namespace Patagon
