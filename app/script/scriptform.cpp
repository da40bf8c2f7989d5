// The Script page's form.
#include "app/script/scriptform.h"

#include "core/slurm/batchscript.h"
#include "core/slurm/scriptbody.h"
#include "core/slurm/valuecheck.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringListModel>

namespace Patagon {

using namespace Slurm;

QStringList ScriptForm::options()
{
    return {QStringLiteral("job-name"),      QStringLiteral("partition"),
            QStringLiteral("gres"),          QStringLiteral("cpus-per-task"),
            QStringLiteral("mem"),           QStringLiteral("time"),
            QStringLiteral("output"),        QStringLiteral("error"),
            QStringLiteral("mail-type"),     QStringLiteral("mail-user"),
            QStringLiteral("array"),         QStringLiteral("container-image"),
            QStringLiteral("container-name")};
}

ScriptForm::ScriptForm(QWidget *parent)
    : QScrollArea(parent)
{
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    for (const QString &option : options()) {
        auto *edit = new QLineEdit(formWidget);
        edit->setObjectName(option);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this,
                [this, option](const QString &value) { emit fieldEdited(option, value); });
        auto *label = new QLabel(formWidget);
        label->setBuddy(edit);
        m_fields.insert(option, edit);
        m_labels.insert(option, label);
        form->addRow(label, edit);
        if (option == QLatin1String("output") || option == QLatin1String("error")) {
            auto *preview = new QLabel(formWidget);
            preview->setObjectName(option + QStringLiteral("Preview"));
            preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // A long file name must not widen the form past its pane.
            preview->setWordWrap(true);
            preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            QPalette p = preview->palette();
            p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
            preview->setPalette(p);
            form->addRow(QString(), preview);
            (option == QLatin1String("output") ? m_outputPreview : m_errorPreview) = preview;
        }
    }
    m_extra = new QLineEdit(formWidget);
    m_extra->setObjectName(QStringLiteral("extraOptions"));
    m_extraLabel = new QLabel(formWidget);
    m_extraLabel->setBuddy(m_extra);
    form->addRow(m_extraLabel, m_extra);
    connect(m_extra, &QLineEdit::editingFinished, this,
            [this] { emit extraEdited(m_extra->text()); });
    setWidget(formWidget);
    setWidgetResizable(true);
    // The whole form is visible beside the editor, labels and fields never clipped: its width
    // follows the longest label in the current language (updateWidth, on retranslate).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Suggestions from the cluster's facts.
    m_partitionCompleter = new QCompleter(new QStringListModel(this), this);
    m_partitionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fields.value(QStringLiteral("partition"))->setCompleter(m_partitionCompleter);
    m_gresCompleter = new QCompleter(new QStringListModel(this), this);
    m_fields.value(QStringLiteral("gres"))->setCompleter(m_gresCompleter);
    // A completion chosen from the popup is an edit too.
    for (const char *option : {"partition", "gres"}) {
        const QString name = QLatin1String(option);
        connect(m_fields.value(name)->completer(),
                qOverload<const QString &>(&QCompleter::activated), this,
                [this, name](const QString &value) { emit fieldEdited(name, value); });
    }
}

void ScriptForm::retranslate()
{
    const QHash<QString, QString> labels = {
        {QStringLiteral("job-name"), tr("Job name:")},
        {QStringLiteral("partition"), tr("Partition:")},
        {QStringLiteral("gres"), tr("GRES (GPUs):")},
        {QStringLiteral("cpus-per-task"), tr("CPUs per task:")},
        {QStringLiteral("mem"), tr("Memory:")},
        {QStringLiteral("time"), tr("Time limit:")},
        {QStringLiteral("output"), tr("Output file:")},
        {QStringLiteral("error"), tr("Error file:")},
        {QStringLiteral("mail-type"), tr("Mail when:")},
        {QStringLiteral("mail-user"), tr("Mail to:")},
        {QStringLiteral("array"), tr("Job array:")},
        {QStringLiteral("container-image"), tr("Container image:")},
        {QStringLiteral("container-name"), tr("Container name:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_fields.value(QStringLiteral("gres"))->setPlaceholderText(QStringLiteral("gpu:A100:1"));
    m_fields.value(QStringLiteral("time"))->setPlaceholderText(QStringLiteral("1-00:00:00"));
    m_fields.value(QStringLiteral("mem"))->setPlaceholderText(QStringLiteral("16G"));
    m_fields.value(QStringLiteral("array"))->setPlaceholderText(QStringLiteral("0-15%4"));
    m_extraLabel->setText(tr("Other options:"));
    updateWidth();
    m_extra->setPlaceholderText(QStringLiteral("--qos=normal --exclusive"));
    updatePreviews();
}

void ScriptForm::updatePreviews()
{
    ValueCheck::PatternContext context;
    context.jobName = m_jobName;
    context.user = qEnvironmentVariable("USER", QStringLiteral("user"));
    if (m_isArray)
        context.arrayTaskId = QStringLiteral("0");
    m_outputPreview->setText(
        tr("Becomes: %1").arg(ValueCheck::resolveFilePattern(m_outputPattern, context)));
    m_errorPreview->setText(
        m_errorPattern
            ? tr("Becomes: %1").arg(ValueCheck::resolveFilePattern(*m_errorPattern, context))
            : tr("Errors go to the output file."));
    // A name too long for the pane is cut at its edge: the whole of it in the tooltip.
    m_outputPreview->setToolTip(m_outputPreview->text());
    m_errorPreview->setToolTip(m_errorPreview->text());
}

void ScriptForm::showValues(const BatchScript &script)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        std::optional<QString> written = script.value(it.key());
        if (!written && it.key().startsWith(QLatin1String("container-")))
            written = srunContainerValue(script, it.key()); // on the srun steps
        const QString value = written.value_or(QString());
        if (it.value()->text() != value)
            it.value()->setText(value);
    }
    QStringList others;
    const QStringList keep = options();
    for (const ScriptDirective &d : script.directives()) {
        if (!d.active || (d.option && keep.contains(d.option->longName)))
            continue;
        const QString name = d.option ? QStringLiteral("--") + d.option->longName : d.written;
        others.append(
            d.value ? QString::fromUtf8(BatchScript::quoteValue(name.toUtf8() + '=' + *d.value))
                    : name);
    }
    const QString extra = others.join(u' ');
    if (!m_extra->hasFocus() && m_extra->text() != extra)
        m_extra->setText(extra);
}

void ScriptForm::showPreviews(const BatchScript &script)
{
    m_jobName = script.value(QStringLiteral("job-name")).value_or(QStringLiteral("job"));
    m_isArray = script.isSet(QStringLiteral("array"));
    m_outputPattern
        = script.value(QStringLiteral("output")).value_or(QStringLiteral("slurm-%j.out"));
    m_errorPattern = script.value(QStringLiteral("error"));
    updatePreviews();
}

void ScriptForm::setSuggestions(const QStringList &partitions, const QStringList &gres)
{
    static_cast<QStringListModel *>(m_partitionCompleter->model())->setStringList(partitions);
    static_cast<QStringListModel *>(m_gresCompleter->model())->setStringList(gres);
}

// The form's width: its longest label, a field of about 30 characters (room for "Becomes:
// MiTareaML-%j.out" and the clear button), the layout's spacing, and the scroll bar.
void ScriptForm::updateWidth()
{
    auto *form = qobject_cast<QFormLayout *>(widget()->layout());
    int label = m_extraLabel->sizeHint().width();
    for (const QLabel *l : std::as_const(m_labels))
        label = qMax(label, l->sizeHint().width());
    const QMargins margins = form->contentsMargins();
    const int field = fontMetrics().averageCharWidth() * 30;
    setMinimumWidth(label + form->horizontalSpacing() + field + margins.left() + margins.right()
                    + 2 * frameWidth() + verticalScrollBar()->sizeHint().width());
}

} // namespace Patagon
