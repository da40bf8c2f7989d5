// The Script page's form: one field for each common #SBATCH option, a line for all the
// others, and what the output and error patterns become. It shows a script and says what was
// typed; the page turns edits into changes of the script's own lines.
#pragma once

#include <QHash>
#include <QScrollArea>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;

namespace Patagon {

namespace Slurm {
class BatchScript;
}

class ScriptForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScriptForm(QWidget *parent = nullptr);

    // The long option names the form edits, in its order.
    static QStringList options();

    QLineEdit *field(const QString &option) const { return m_fields.value(option); }
    QLineEdit *extraOptions() const { return m_extra; }

    // Fills the fields and the other-options line from `script` (not the line being typed in).
    void showValues(const Slurm::BatchScript &script);
    // What the output and error patterns of `script` become.
    void showPreviews(const Slurm::BatchScript &script);
    // Suggestions in the partition and GRES fields.
    void setSuggestions(const QStringList &partitions, const QStringList &gres);
    void retranslate();

signals:
    // Typed, or chosen from the suggestions.
    void fieldEdited(const QString &option, const QString &value);
    void extraEdited(const QString &text);

private:
    void updateWidth();
    void updatePreviews();

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_extra = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLabel *m_outputPreview = nullptr;
    QLabel *m_errorPreview = nullptr;
    QCompleter *m_partitionCompleter = nullptr;
    QCompleter *m_gresCompleter = nullptr;
    QString m_outputPattern;
    std::optional<QString> m_errorPattern;
    QString m_jobName;
    bool m_isArray = false;
};

} // namespace Patagon
