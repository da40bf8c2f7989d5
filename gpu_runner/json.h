// A minimal JSON builder for the trainer's protocol files (metrics.jsonl, summary.json), and a
// check of JSON text read back (a checkpoint's training options) before it is embedded in output.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Builds one JSON object, keys in insertion order. Nesting goes through addRaw() with the text
// of another JsonObject or JsonArray, which keeps the builder tiny and allocation-light.
class JsonObject
{
public:
    JsonObject &add(std::string_view key, std::string_view value);
    JsonObject &add(std::string_view key, const char *value);
    JsonObject &add(std::string_view key, const std::string &value);
    JsonObject &add(std::string_view key, bool value);
    JsonObject &add(std::string_view key, int value);
    JsonObject &add(std::string_view key, int64_t value);
    JsonObject &add(std::string_view key, uint64_t value);
    JsonObject &add(std::string_view key, double value);
    JsonObject &addNull(std::string_view key);
    // value must already be valid JSON text
    JsonObject &addRaw(std::string_view key, std::string_view json);

    std::string str() const { return "{" + m_body + "}"; }
    bool isEmpty() const { return m_body.empty(); }

private:
    void addKey(std::string_view key);
    std::string m_body;
};

class JsonArray
{
public:
    JsonArray &add(std::string_view value);
    JsonArray &add(double value);
    JsonArray &add(int64_t value);
    JsonArray &addRaw(std::string_view json);
    std::string str() const { return "[" + m_body + "]"; }

private:
    void separate();
    std::string m_body;
};

// A quoted, escaped JSON string (control characters as \u00XX; invalid UTF-8 is passed through
// byte for byte, since file names on Linux may hold any bytes).
std::string jsonQuote(std::string_view text);
// A JSON number; NaN and infinities have no JSON spelling and become null.
std::string jsonNumber(double value);
// Whether text is one JSON object (RFC 8259, whitespace around it allowed), nested at most 64
// deep. Bytes of 0x80 and above pass unchecked, as jsonQuote writes them.
bool isJsonObject(std::string_view text);
