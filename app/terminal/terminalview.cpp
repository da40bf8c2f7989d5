// A terminal session in a widget. The emulator runs in QTermWidget's "teletype" mode: the
// remote bytes are written to the slave side of its PTY (set raw, so they reach the emulator
// unchanged) and the keys it sends come back through sendData(). The PTY calls: emulatorpty.h.
#include "app/terminal/terminalview.h"

#include "app/terminal/emulatorpty.h"
#include "core/container/shellmarks.h"
#include "core/remote/remotehost.h"

#include <QBuffer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSocketNotifier>
#include <QTimer>
#include <QVBoxLayout>

#include <qtermwidget6/qtermwidget.h>

namespace Patagon {

namespace {
constexpr int kScrollbackLines = 10000;
constexpr qsizetype kPauseAbove = 1 << 20; // backlog bytes: the session stops being read
constexpr qsizetype kResumeBelow = 256 << 10;
} // namespace

TerminalView::TerminalView(RemoteHost *host, const QStringList &argv, const QString &banner,
                           QWidget *parent, Container::ShellMarks *marks)
    : QWidget(parent)
    , m_argv(argv)
    , m_widget(new QTermWidget(0, this))
    , m_banner(new QLabel(banner, this))
    , m_endText(new QLabel(this))
    , m_reopen(new QPushButton(this))
    , m_endBar(new QWidget(this))
    , m_marks(marks)
{
    if (m_marks)
        m_marks->setParent(this);
    m_widget->setObjectName(QStringLiteral("terminalWidget"));
    m_banner->setObjectName(QStringLiteral("terminalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(!banner.isEmpty());
    m_endText->setObjectName(QStringLiteral("terminalEndText"));
    m_endText->setWordWrap(true);
    m_reopen->setObjectName(QStringLiteral("terminalReopen"));
    auto *endLayout = new QHBoxLayout(m_endBar);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_endText, 1);
    endLayout->addWidget(m_reopen);
    m_endBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_widget, 1);
    layout->addWidget(m_endBar);

    m_widget->setColorScheme(QStringLiteral("Linux"));
    m_widget->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_widget->setHistorySize(kScrollbackLines);
    m_widget->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_widget->setFlowControlEnabled(false);
    m_widget->setTerminalSizeHint(false); // no "Size: 80 x 24" over the text on each resize
    m_widget->startTerminalTeletype();
    m_slave = m_widget->getPtySlaveFd();
    if (m_slave >= 0) {
        EmulatorPty::prepare(m_slave);
        m_slaveWritable = new QSocketNotifier(m_slave, QSocketNotifier::Write, this);
        m_slaveWritable->setEnabled(false);
        connect(m_slaveWritable, &QSocketNotifier::activated, this, &TerminalView::flushBacklog);
    }
    m_widget->installEventFilter(this);

    // Ctrl+Shift shortcuts: the shell keeps Ctrl+C, Ctrl+V, Ctrl+F and the rest.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { m_widget->copyClipboard(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
             [this] { m_widget->pasteClipboard(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
             [this] { m_widget->toggleShowSearchBar(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus), [this] { m_widget->zoomIn(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus), [this] { m_widget->zoomOut(); });

    const TerminalSize size {std::max(m_widget->screenColumnsCount(), 20),
                             std::max(m_widget->screenLinesCount(), 5)};
    m_sentSize = size;
    m_terminal = host->openTerminal(argv, size, this);
    connect(m_terminal, &RemoteTerminal::output, this, &TerminalView::showOutput);
    connect(m_terminal, &RemoteTerminal::finished, this, &TerminalView::onFinished);
    connect(m_widget, &QTermWidget::sendData, this, [this](const char *data, int length) {
        if (m_terminal)
            m_terminal->write(QByteArray(data, length));
    });
    connect(m_reopen, &QPushButton::clicked, this, &TerminalView::reopenRequested);
    retranslate();
}

TerminalView::~TerminalView()
{
    if (m_terminal)
        m_terminal->hangUp();
}

bool TerminalView::isRunning() const
{
    return m_terminal && !m_terminal->isFinished();
}

QString TerminalView::screenText() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_widget->saveHistory(&buffer);
    // The emulator pads each line to the window's width: the text without the padding.
    QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    return lines.join(u'\n');
}

void TerminalView::typeText(const QString &text)
{
    m_widget->sendText(text);
}

void TerminalView::addBar(QWidget *bar)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_widget), bar);
}

void TerminalView::showOutput(const QByteArray &chunk)
{
    if (!m_marks)
        return writeToEmulator(chunk);
    writeToEmulator(m_marks->filter(chunk));
    // What looked like the start of a mark but was not followed by more output is shown soon.
    if (m_marks->hasPending())
        QTimer::singleShot(1000, this, [this] {
            if (m_marks->hasPending())
                writeToEmulator(m_marks->takePending());
        });
}

void TerminalView::writeToEmulator(const QByteArray &chunk)
{
    m_backlog += chunk;
    flushBacklog();
}

void TerminalView::flushBacklog()
{
    while (m_backlogDone < m_backlog.size() && m_slave >= 0) {
        const qint64 n = EmulatorPty::writeSome(m_slave, m_backlog.constData() + m_backlogDone,
                                                m_backlog.size() - m_backlogDone);
        if (n <= 0)
            break; // full: the emulator reads it when this thread gets back to its loop
        m_backlogDone += n;
    }
    if (m_backlogDone == m_backlog.size()) {
        m_backlog.clear();
        m_backlogDone = 0;
    } else if (m_backlogDone > kResumeBelow) {
        m_backlog.remove(0, m_backlogDone);
        m_backlogDone = 0;
    }
    const qsizetype waiting = m_backlog.size() - m_backlogDone;
    if (m_slaveWritable)
        m_slaveWritable->setEnabled(waiting > 0);
    if (m_terminal) {
        if (waiting > kPauseAbove)
            m_terminal->setOutputPaused(true);
        else if (waiting < kResumeBelow)
            m_terminal->setOutputPaused(false);
    }
}

void TerminalView::onFinished(const ProcessResult &result)
{
    if (m_marks)
        writeToEmulator(m_marks->takePending());
    m_result = result;
    m_endText->setText(endText());
    m_endBar->show();
    emit ended(result);
}

QString TerminalView::endText() const
{
    if (!m_result)
        return QString();
    const ProcessResult &result = *m_result;
    QString text;
    if (!result.result)
        text = tr("The session ended: %1 A terminal cannot survive a lost connection; open a "
                  "new one.")
                   .arg(result.result.message());
    else if (result.cancelled)
        text = tr("The session was closed.");
    else if (!result.exitSignal.isEmpty())
        text = tr("The session ended (signal %1).").arg(result.exitSignal);
    else
        text = tr("The session ended (exit status %1).").arg(result.exitStatus);
    return text;
}

bool TerminalView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &TerminalView::followSize); // once the emulator re-laid out
    return QWidget::eventFilter(watched, event);
}

void TerminalView::followSize()
{
    const TerminalSize size {m_widget->screenColumnsCount(), m_widget->screenLinesCount()};
    if (!m_terminal || size.columns < 1 || size.rows < 1
        || (size.columns == m_sentSize.columns && size.rows == m_sentSize.rows))
        return;
    m_sentSize = size;
    m_terminal->resize(size);
}

void TerminalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TerminalView::retranslate()
{
    m_reopen->setText(m_argv.isEmpty() ? tr("Open a new terminal") : tr("Open it again"));
    m_endText->setText(endText());
}

} // namespace Patagon
