// A minimal JSON builder for the trainer's protocol files (metrics.jsonl, summary.json), and a
// check of JSON text read back.
#include "json.h"

#include <cctype>
#include <cmath>
#include <cstdio>

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    // 15 significant digits: exact for Unix times and counts, readable for metrics.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    return buf;
}

void JsonObject::addKey(std::string_view key)
{
    if (!m_body.empty())
        m_body += ',';
    m_body += jsonQuote(key);
    m_body += ':';
}

JsonObject &JsonObject::add(std::string_view key, std::string_view value)
{
    addKey(key);
    m_body += jsonQuote(value);
    return *this;
}

JsonObject &JsonObject::add(std::string_view key, const char *value)
{
    return add(key, std::string_view(value));
}

JsonObject &JsonObject::add(std::string_view key, const std::string &value)
{
    return add(key, std::string_view(value));
}

JsonObject &JsonObject::add(std::string_view key, bool value)
{
    addKey(key);
    m_body += value ? "true" : "false";
    return *this;
}

JsonObject &JsonObject::add(std::string_view key, int value)
{
    return add(key, static_cast<int64_t>(value));
}

JsonObject &JsonObject::add(std::string_view key, int64_t value)
{
    addKey(key);
    m_body += std::to_string(value);
    return *this;
}

JsonObject &JsonObject::add(std::string_view key, uint64_t value)
{
    addKey(key);
    m_body += std::to_string(value);
    return *this;
}

JsonObject &JsonObject::add(std::string_view key, double value)
{
    addKey(key);
    m_body += jsonNumber(value);
    return *this;
}

JsonObject &JsonObject::addNull(std::string_view key)
{
    addKey(key);
    m_body += "null";
    return *this;
}

JsonObject &JsonObject::addRaw(std::string_view key, std::string_view json)
{
    addKey(key);
    m_body += json;
    return *this;
}

void JsonArray::separate()
{
    if (!m_body.empty())
        m_body += ',';
}

JsonArray &JsonArray::add(std::string_view value)
{
    separate();
    m_body += jsonQuote(value);
    return *this;
}

JsonArray &JsonArray::add(double value)
{
    separate();
    m_body += jsonNumber(value);
    return *this;
}

JsonArray &JsonArray::add(int64_t value)
{
    separate();
    m_body += std::to_string(value);
    return *this;
}

JsonArray &JsonArray::addRaw(std::string_view json)
{
    separate();
    m_body += json;
    return *this;
}

namespace {

// A recursive-descent recogniser of RFC 8259; each function advances m_at past what it accepts.
class JsonChecker
{
public:
    explicit JsonChecker(std::string_view text)
        : m_text(text)
    {}

    bool isObject()
    {
        skipSpace();
        if (peek() != '{' || !value(0))
            return false;
        skipSpace();
        return m_at == m_text.size();
    }

private:
    static constexpr int kMaxDepth = 64;

    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    bool eat(char c)
    {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool eatWord(std::string_view word)
    {
        if (m_text.substr(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }
    void skipSpace()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n'
                   || m_text[m_at] == '\r'))
            ++m_at;
    }
    bool digits()
    {
        const size_t start = m_at;
        while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at > start;
    }
    bool number()
    {
        eat('-');
        if (!eat('0') && !digits())
            return false;
        if (eat('.') && !digits())
            return false;
        if (eat('e') || eat('E')) {
            if (!eat('+'))
                eat('-');
            if (!digits())
                return false;
        }
        return true;
    }
    bool string()
    {
        if (!eat('"'))
            return false;
        while (m_at < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_at++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            const char e = peek();
            ++m_at;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i, ++m_at) {
                    if (!std::isxdigit(static_cast<unsigned char>(peek())))
                        return false;
                }
            } else if (e == '\0'
                       || std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                return false;
            }
        }
        return false;
    }
    bool value(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
        case '[': {
            if (depth >= kMaxDepth)
                return false;
            const bool object = peek() == '{';
            const char close = object ? '}' : ']';
            ++m_at;
            skipSpace();
            if (eat(close))
                return true;
            do {
                skipSpace();
                if (object) {
                    if (!string())
                        return false;
                    skipSpace();
                    if (!eat(':'))
                        return false;
                }
                if (!value(depth + 1))
                    return false;
                skipSpace();
            } while (eat(','));
            return eat(close);
        }
        case '"':
            return string();
        case 't':
            return eatWord("true");
        case 'f':
            return eatWord("false");
        case 'n':
            return eatWord("null");
        default:
            return number();
        }
    }

    std::string_view m_text;
    size_t m_at = 0;
};

} // namespace

bool isJsonObject(std::string_view text)
{
    return JsonChecker(text).isObject();
}
