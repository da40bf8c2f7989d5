// Under a container shell: "this install worked here; record it in the container's package
// list?" One offer at a time, the others queued; nothing is recorded unless the user says so.
#pragma once

#include "core/packages/typedinstall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Patagon {

class InstallOfferBar : public QWidget
{
    Q_OBJECT

public:
    // `container`: the shell's container, named in the question.
    explicit InstallOfferBar(const QString &container, QWidget *parent = nullptr);

    void offer(const Packages::TypedInstall &install);
    int pendingCount() const { return int(m_queue.size()); }
    // After the page recorded (or failed to record) the accepted install.
    void showOutcome(const QString &text);

signals:
    void accepted(const Patagon::Packages::TypedInstall &install);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showNext();
    void retranslate();

    QString m_container;
    QList<Packages::TypedInstall> m_queue;
    QLabel *m_text;
    QPushButton *m_record;
    QPushButton *m_dismiss;
    QString m_outcome;
};

} // namespace Patagon
