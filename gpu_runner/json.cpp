// A minimal JSON builder for the trainer's protocol files (metrics.jsonl, summary.json).
#include "json.h"

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
