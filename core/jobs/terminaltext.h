// Turns a log's bytes into lines the way a terminal shows them: "\r" returns to the start of
// the line and what follows overwrites it (progress bars), "\b" steps back, "ESC[K" erases,
// other escape sequences (colours) are dropped. Bytes may arrive cut anywhere: a UTF-8
// sequence or escape split between two chunks is completed by the next. Invalid UTF-8 is
// never dropped: each such byte shows as the Windows-1252 character of that byte (Latin-1,
// where Windows-1252 has none), so "caf\xe9" from a Latin-1 program reads "café".
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Patagon::Jobs {

class TerminalText
{
public:
    // Lines that `bytes` completed (without their line breaks).
    QStringList feed(const QByteArray &bytes);
    // The line being written, as the terminal shows it now.
    QString partialLine() const { return m_line; }
    bool hasPartialLine() const { return !m_line.isEmpty(); }
    // At the end of the log: the partial line as a last line (if any), then a fresh state.
    QStringList flush();
    void reset();

    // Lines longer than this are cut into several (a log without line breaks stays usable).
    static constexpr qsizetype kMaxLineLength = 64 * 1024;

private:
    void put(QChar c);
    void putCodePoint(char32_t c);
    void commitLine();
    void handleCsi(const QByteArray &params, char final);

    QByteArray m_pending; // an incomplete UTF-8 sequence or escape from the last chunk
    QString m_line;
    qsizetype m_cursor = 0;
    QStringList m_done; // lines completed by the current feed() or flush()
};

} // namespace Patagon::Jobs
