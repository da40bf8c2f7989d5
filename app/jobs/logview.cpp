// A log viewer for very long logs.
#include "app/jobs/logview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>

namespace Patagon {

namespace {

constexpr int kTab = 8;

QString expandTabs(const QString &line)
{
    if (!line.contains(u'\t'))
        return line;
    QString out;
    for (const QChar c : line) {
        if (c == u'\t')
            out += QString(kTab - out.size() % kTab, u' ');
        else
            out += c;
    }
    return out;
}

bool isTracebackEnd(const QString &line)
{
    // "ValueError: ...", "torch.OutOfMemoryError: ...", "KeyboardInterrupt"
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z_][\\w.]*(Error|Exception|Interrupt|Exit)\\b"));
    return re.match(line).hasMatch();
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

LogView::LineKind LogView::classify(const QString &line, LineKind previous)
{
    if (line.startsWith(QLatin1String("Traceback (most recent call last)")))
        return TracebackLine;
    if (previous == TracebackLine) {
        if (line.startsWith(u' ') || line.startsWith(u'\t') || line.isEmpty()
            || line.startsWith(QLatin1String("During handling"))
            || line.startsWith(QLatin1String("The above exception")))
            return TracebackLine;
        if (isTracebackEnd(line))
            return ErrorLine; // the exception itself ends the traceback
    }
    static const QLatin1String needles[] = {
        QLatin1String("CUDA out of memory"), QLatin1String("terminate called"),
        QLatin1String("slurmstepd: error"),  QLatin1String("Segmentation fault"),
        QLatin1String("OutOfMemoryError"),   QLatin1String("CUDA error"),
        QLatin1String("core dumped"),
    };
    for (const QLatin1String &n : needles) {
        if (line.contains(n))
            return ErrorLine;
    }
    if (line.contains(QLatin1String("NCCL"))) {
        static const QRegularExpression nccl(
            QStringLiteral("NCCL.*(WARN|[Ee]rror|failure|timed out|Timeout)|nccl\\w*Error"));
        if (nccl.match(line).hasMatch())
            return ErrorLine;
    }
    return Normal;
}

void LogView::appendLines(const QStringList &lines, qint64 offset)
{
    if (lines.isEmpty())
        return;
    LineKind previous = m_kinds.isEmpty() ? Normal : LineKind(m_kinds.last());
    for (const QString &l : lines) {
        previous = classify(l, previous);
        m_kinds.append(previous);
        m_errorCount += previous != Normal ? 1 : 0;
        m_longest = qMax(m_longest, int(l.size()));
        m_chars += l.size();
    }
    m_lines += lines;
    m_batches.append({int(lines.size()), offset});
    trimFront();
    updateScrollBars();
    if (m_following)
        scrollToEnd();
    viewport()->update();
}

void LogView::prependLines(const QStringList &lines, qint64 offset)
{
    if (lines.isEmpty())
        return;
    QList<quint8> kinds;
    kinds.reserve(lines.size());
    LineKind previous = Normal;
    for (const QString &l : lines) {
        previous = classify(l, previous);
        kinds.append(previous);
        m_errorCount += previous != Normal ? 1 : 0;
        m_longest = qMax(m_longest, int(l.size()));
        m_chars += l.size();
    }
    const int first = firstVisibleLine();
    m_lines = lines + m_lines;
    m_kinds = kinds + m_kinds;
    m_batches.prepend({int(lines.size()), offset});
    if (m_current >= 0)
        m_current += int(lines.size());
    trimBack();
    updateScrollBars();
    // Keep the same lines in view.
    m_adjusting = true;
    verticalScrollBar()->setValue(first + int(lines.size()));
    m_adjusting = false;
    viewport()->update();
}

bool LogView::overLimit(int factor) const
{
    return m_lines.size() > qint64(factor) * m_maxLines || m_chars > factor * m_maxChars;
}

void LogView::setLimits(int maxLines, qint64 maxChars)
{
    m_maxLines = qMax(1, maxLines);
    m_maxChars = qMax<qint64>(1, maxChars);
    trimFront();
    updateScrollBars();
    viewport()->update();
}

void LogView::trimFront()
{
    if (!overLimit(1) || m_batches.size() < 2)
        return;
    // Lines in view stay while the user reads them, up to twice the bound.
    const int keep = m_following ? int(m_lines.size()) : firstVisibleLine();
    const bool hard = overLimit(2);
    int drop = 0;
    qint64 chars = 0;
    qsizetype batches = 0;
    const auto over
        = [&] { return m_lines.size() - drop > m_maxLines || m_chars - chars > m_maxChars; };
    // Whole batches only, and on until the first one kept knows where it starts in the file.
    while (batches < m_batches.size() - 1
           && (over() || (drop > 0 && m_batches.at(batches).offset < 0))) {
        const Batch &b = m_batches.at(batches);
        if (drop + b.lines > keep && !hard)
            break;
        for (int i = drop; i < drop + b.lines; ++i)
            chars += m_lines.at(i).size();
        drop += b.lines;
        ++batches;
    }
    if (drop == 0)
        return;
    dropFront(drop);
    m_batches.remove(0, batches);
    emit earlierDropped(m_batches.first().offset);
}

void LogView::dropFront(int lines)
{
    const int first = firstVisibleLine();
    for (int i = 0; i < lines; ++i) {
        m_errorCount -= m_kinds.at(i) != Normal ? 1 : 0;
        m_chars -= m_lines.at(i).size();
    }
    m_lines.remove(0, lines);
    m_kinds.remove(0, lines);
    m_current = m_current >= lines ? m_current - lines : -1;
    if (!m_following) {
        updateScrollBars();
        m_adjusting = true;
        verticalScrollBar()->setValue(qMax(0, first - lines));
        m_adjusting = false;
    }
}

void LogView::trimBack()
{
    bool dropped = false;
    while (overLimit(1) && m_batches.size() > 1) {
        const int n = m_batches.takeLast().lines;
        const qsizetype from = m_lines.size() - n;
        for (qsizetype i = from; i < m_lines.size(); ++i) {
            m_errorCount -= m_kinds.at(i) != Normal ? 1 : 0;
            m_chars -= m_lines.at(i).size();
        }
        m_lines.remove(from, n);
        m_kinds.remove(from, n);
        dropped = true;
    }
    if (!dropped)
        return;
    if (m_current >= m_lines.size())
        m_current = -1;
    m_partial.clear(); // it followed the lines let go
    if (m_following) {
        m_following = false; // the end shown is no longer the log's end
        emit followingChanged(false);
    }
    emit laterDropped();
}

void LogView::setPartialLine(const QString &line)
{
    if (line == m_partial)
        return;
    const bool rowsChange = line.isEmpty() != m_partial.isEmpty();
    m_partial = line;
    if (rowsChange)
        updateScrollBars();
    if (m_following)
        scrollToEnd();
    viewport()->update();
}

void LogView::appendMarker(const QString &text)
{
    appendLines({QStringLiteral("——— %1 ———").arg(text)});
}

void LogView::clear()
{
    m_lines.clear();
    m_kinds.clear();
    m_batches.clear();
    m_chars = 0;
    m_partial.clear();
    m_current = -1;
    m_longest = 0;
    m_errorCount = 0;
    updateScrollBars();
    viewport()->update();
}

void LogView::forgetOffsets()
{
    for (Batch &b : m_batches)
        b.offset = -1;
}

QString LogView::text() const
{
    QString out = m_lines.join(u'\n');
    if (!m_lines.isEmpty())
        out += u'\n';
    return out + m_partial;
}

void LogView::setWrap(bool wrap)
{
    if (m_wrap == wrap)
        return;
    const int first = firstVisibleLine();
    m_wrap = wrap;
    updateScrollBars();
    if (m_following)
        scrollToEnd();
    else
        verticalScrollBar()->setValue(first);
    viewport()->update();
}

void LogView::setFollowing(bool follow)
{
    if (m_following != follow) {
        m_following = follow;
        emit followingChanged(follow);
    }
    if (follow)
        scrollToEnd();
}

int LogView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int LogView::visibleRows() const
{
    return qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()));
}

int LogView::columns() const
{
    return qMax(10, viewport()->width() / qMax(1, fontMetrics().horizontalAdvance(u'M')));
}

int LogView::rowsOf(const QString &line) const
{
    if (!m_wrap)
        return 1;
    const int length
        = int(line.size()) + (line.contains(u'\t') ? kTab * int(line.count(u'\t')) : 0);
    return qMax(1, (length + columns() - 1) / columns());
}

void LogView::updateScrollBars()
{
    const int total = int(m_lines.size()) + (m_partial.isEmpty() ? 0 : 1);
    const int rows = visibleRows();
    int maximum = 0;
    if (!m_wrap) {
        maximum = qMax(0, total - rows);
    } else {
        // The first line that still lets the last one end at the bottom.
        int used = 0;
        int i = total - 1;
        for (; i >= 0; --i) {
            used += rowsOf(i < m_lines.size() ? m_lines.at(i) : m_partial);
            if (used > rows)
                break;
        }
        maximum = qMax(0, i + 1);
        if (used <= rows)
            maximum = 0;
    }
    m_adjusting = true;
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(rows);
    verticalScrollBar()->setSingleStep(1);
    const int charWidth = fontMetrics().horizontalAdvance(u'M');
    if (m_wrap) {
        horizontalScrollBar()->setRange(0, 0);
    } else {
        horizontalScrollBar()->setRange(0,
                                        qMax(0, (m_longest + 2) * charWidth - viewport()->width()));
        horizontalScrollBar()->setPageStep(viewport()->width());
        horizontalScrollBar()->setSingleStep(charWidth * 4);
    }
    m_adjusting = false;
}

void LogView::scrollToEnd()
{
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void LogView::onScrolled(int value)
{
    viewport()->update();
    if (m_adjusting)
        return;
    // Scrolling up pauses autoscroll; reaching the end again resumes it.
    const bool atEnd = value >= verticalScrollBar()->maximum();
    if (atEnd != m_following) {
        m_following = atEnd;
        emit followingChanged(atEnd);
    }
    if (value == 0)
        emit topReached();
}

int LogView::setSearchText(const QString &text)
{
    m_search = text;
    m_current = -1;
    viewport()->update();
    if (text.isEmpty())
        return 0;
    int count = 0;
    for (const QString &l : std::as_const(m_lines))
        count += l.contains(text, Qt::CaseInsensitive) ? 1 : 0;
    return count;
}

int LogView::findNext(bool backwards)
{
    if (m_search.isEmpty() || m_lines.isEmpty())
        return -1;
    const int n = int(m_lines.size());
    int start = m_current >= 0 ? m_current : (backwards ? n : firstVisibleLine() - 1);
    for (int step = 1; step <= n; ++step) {
        const int i = ((start + (backwards ? -step : step)) % n + n) % n;
        if (m_lines.at(i).contains(m_search, Qt::CaseInsensitive)) {
            m_current = i;
            setFollowing(false);
            m_adjusting = true;
            verticalScrollBar()->setValue(qMax(0, i - visibleRows() / 2));
            m_adjusting = false;
            if (m_following) {
                m_following = false;
                emit followingChanged(false);
            }
            viewport()->update();
            return i;
        }
    }
    return -1;
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.lineSpacing();
    const int charWidth = fm.horizontalAdvance(u'M');
    const int cols = columns();
    const int x0 = 4 - (m_wrap ? 0 : horizontalScrollBar()->value());
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor errorBg = dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe2, 0xe2);
    const QColor tracebackBg = dark ? QColor(0x4a, 0x2a, 0x1a) : QColor(0xff, 0xef, 0xdc);
    const QColor matchBg = dark ? QColor(0x7a, 0x6a, 0x10) : QColor(0xff, 0xf1, 0x76);
    const QColor currentBg = dark ? QColor(0xb0, 0x80, 0x10) : QColor(0xff, 0xb7, 0x4d);
    const int total = int(m_lines.size()) + (m_partial.isEmpty() ? 0 : 1);
    int y = 0;
    for (int i = firstVisibleLine(); i < total && y < viewport()->height(); ++i) {
        const bool partial = i >= m_lines.size();
        const QString shown = expandTabs(partial ? m_partial : m_lines.at(i));
        const int rows = m_wrap ? qMax(1, int((shown.size() + cols - 1) / cols)) : 1;
        const QRect band(0, y, viewport()->width(), rows * lineHeight);
        const LineKind kind = partial ? Normal : LineKind(m_kinds.at(i));
        if (kind == ErrorLine)
            p.fillRect(band, errorBg);
        else if (kind == TracebackLine)
            p.fillRect(band, tracebackBg);
        for (int r = 0; r < rows; ++r) {
            const qsizetype from = m_wrap ? qsizetype(r) * cols : 0;
            const QString part = m_wrap ? shown.mid(from, cols) : shown;
            const int ry = y + r * lineHeight;
            if (!m_search.isEmpty()) {
                qsizetype at = part.indexOf(m_search, 0, Qt::CaseInsensitive);
                while (at >= 0) {
                    p.fillRect(QRect(x0 + int(at) * charWidth, ry, int(m_search.size()) * charWidth,
                                     lineHeight),
                               i == m_current ? currentBg : matchBg);
                    at = part.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive);
                }
            }
            p.setPen(pal.color(partial ? QPalette::PlaceholderText : QPalette::Text));
            // Long lines are painted from what is visible only.
            const int skip = m_wrap ? 0 : qMax(0, -x0 / qMax(1, charWidth) - 1);
            const QString visible = part.mid(skip, viewport()->width() / qMax(1, charWidth) + 2);
            p.drawText(x0 + skip * charWidth, ry + fm.ascent(), visible);
        }
        y += rows * lineHeight;
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_following)
        scrollToEnd();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_End && event->modifiers() & Qt::ControlModifier) {
        setFollowing(true);
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() & Qt::ControlModifier) {
        verticalScrollBar()->setValue(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        viewport()->update();
    }
}

} // namespace Patagon
