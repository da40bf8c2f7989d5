// A log viewer for very long logs: lines kept in a list and painted only where visible (a
// 200 MB log scrolls as smoothly as a short one), a last line that is still being written
// (progress bars), autoscroll that pauses while the user looks further up, search with
// highlighted matches, wrapping, and lines that signal errors (Python tracebacks, CUDA out of
// memory, NCCL failures, "terminate called", slurmstepd errors) highlighted.
#pragma once

#include <QAbstractScrollArea>
#include <QList>
#include <QStringList>

namespace Patagon {

class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum LineKind : quint8
    {
        Normal = 0,
        ErrorLine = 1,
        TracebackLine = 2
    };

    explicit LogView(QWidget *parent = nullptr);

    // `offset`: where the first of `lines` starts in the file (-1: not known).
    void appendLines(const QStringList &lines, qint64 offset = -1);
    void prependLines(const QStringList &lines, qint64 offset = -1);
    void setPartialLine(const QString &line);
    // A marker line of the view's own ("— file truncated —"), kept apart from the log's.
    void appendMarker(const QString &text);
    void clear();
    // The file was read again from its start: the offsets known so far no longer hold.
    void forgetOffsets();

    // The most lines and characters kept (defaults: 500,000 lines, 32 M characters). The
    // oldest lines go first, never below the lines in view unless twice the bound is reached.
    void setLimits(int maxLines, qint64 maxChars);
    int maxLines() const { return m_maxLines; }
    static constexpr int kDefaultMaxLines = 500000;
    static constexpr qint64 kDefaultMaxChars = 32 * 1024 * 1024;

    int lineCount() const { return int(m_lines.size()); }
    QString line(int index) const { return m_lines.value(index); }
    LineKind lineKind(int index) const { return LineKind(m_kinds.value(index)); }
    QString partialLine() const { return m_partial; }
    int errorCount() const { return m_errorCount; }
    // The whole text as shown (the partial line last).
    QString text() const;

    void setWrap(bool wrap);
    bool wrap() const { return m_wrap; }
    // True while the view sticks to the end as lines arrive.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    int firstVisibleLine() const;

    // Highlights every match (case-insensitive); returns how many lines match.
    int setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Moves to the next (or previous) matching line; -1 when there is none.
    int findNext(bool backwards = false);
    int currentMatch() const { return m_current; }

    // The kind of one line given the one before (for tracebacks that span lines).
    static LineKind classify(const QString &line, LineKind previous);

signals:
    void followingChanged(bool following);
    // The user scrolled to the top: a caller that has earlier lines may prepend them.
    void topReached();
    // The oldest lines were let go; the first line kept starts at `offset` in the file (-1:
    // not known, they cannot be read again from there).
    void earlierDropped(qint64 offset);
    // The newest lines were let go (earlier ones were prepended past the bound).
    void laterDropped();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void scrollToEnd();
    int visibleRows() const;
    int columns() const;
    int rowsOf(const QString &line) const;
    void onScrolled(int value);
    bool overLimit(int factor) const;
    void dropFront(int lines);
    void trimFront();
    void trimBack();

    // Lines arrive in batches: each knows where its first line starts in the file.
    struct Batch
    {
        int lines = 0;
        qint64 offset = -1;
    };

    QStringList m_lines;
    QList<quint8> m_kinds;
    QList<Batch> m_batches;
    qint64 m_chars = 0;
    int m_maxLines = kDefaultMaxLines;
    qint64 m_maxChars = kDefaultMaxChars;
    QString m_partial;
    QString m_search;
    int m_current = -1;
    int m_longest = 0; // characters of the longest line (for the horizontal bar)
    int m_errorCount = 0;
    bool m_wrap = false;
    bool m_following = true;
    bool m_adjusting = false;
};

} // namespace Patagon
