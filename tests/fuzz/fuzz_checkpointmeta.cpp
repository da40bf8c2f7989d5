// The trainer's checkpoint metadata (gpu_runner/checkpointmeta.cpp): what a damaged or hostile
// last.pt may claim, and the JSON check of its training options. The input holds one value a
// line, `key=i:INTEGER`, `key=d:NUMBER` or `key=s:TEXT` (TEXT with \n, \\ and \xHH escapes),
// as the LibTorch archive would hand them over.
#include "gpu_runner/checkpointmeta.h"
#include "gpu_runner/json.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>

using namespace PatagonFuzz;

namespace {

std::string unescaped(const std::string &text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
        } else if (text[i + 1] == 'n') {
            out += '\n';
            ++i;
        } else if (text[i + 1] == 'x' && i + 3 < text.size()) {
            out += char(std::strtol(text.substr(i + 2, 2).c_str(), nullptr, 16));
            i += 3;
        } else {
            out += text[++i];
        }
    }
    return out;
}

std::map<std::string, CheckpointValue> parseValues(const std::string &input)
{
    std::map<std::string, CheckpointValue> values;
    size_t start = 0;
    while (start < input.size()) {
        size_t end = input.find('\n', start);
        if (end == std::string::npos)
            end = input.size();
        const std::string line = input.substr(start, end - start);
        start = end + 1;
        const size_t eq = line.find('=');
        if (eq == std::string::npos || line.size() < eq + 3 || line[eq + 2] != ':')
            continue;
        const std::string key = line.substr(0, eq);
        const std::string text = line.substr(eq + 3);
        char *rest = nullptr;
        errno = 0;
        if (line[eq + 1] == 'i') {
            const long long v = std::strtoll(text.c_str(), &rest, 10);
            if (!text.empty() && *rest == '\0' && errno == 0)
                values[key] = int64_t(v);
        } else if (line[eq + 1] == 'd') {
            const double v = std::strtod(text.c_str(), &rest);
            if (!text.empty() && *rest == '\0')
                values[key] = v;
        } else if (line[eq + 1] == 's') {
            values[key] = unescaped(text);
        }
    }
    return values;
}

bool isUtf8(const std::string &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(QByteArray::fromStdString(text)));
    return !decoder.hasError();
}

// What isJsonObject accepts, Qt's parser accepts too (for UTF-8 text; Qt refuses numbers
// beyond a double's range, which JSON allows). Not the converse: Qt also takes what JSON does
// not (control characters in strings, numbers such as ".5" or "1."); the trainer's own
// training options are in the seeds, so refusing them would show there.
void checkJsonObject(const std::string &text)
{
    if (!isJsonObject(text) || !isUtf8(text))
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    FUZZ_CHECK((error.error == QJsonParseError::NoError && doc.isObject())
               || error.error == QJsonParseError::IllegalNumber);
}

template<typename T>
bool holds(const std::map<std::string, CheckpointValue> &values, const char *key, const T &value)
{
    const auto it = values.find(key);
    if (it == values.end() || !std::holds_alternative<T>(it->second))
        return false;
    const T &stored = std::get<T>(it->second);
    if constexpr (std::is_same_v<T, double>)
        return stored == value || (std::isnan(stored) && std::isnan(value));
    else
        return stored == value;
}

void checkInfo(const CheckpointInfo &info, const std::map<std::string, CheckpointValue> &values)
{
    // what the trainer builds a model from: a shape within the limits, a name for each class
    const ModelShape &s = info.shape;
    FUZZ_CHECK(s.channels >= 1 && s.channels <= kMaxCheckpointChannels);
    FUZZ_CHECK(s.classes >= 1 && s.classes <= kMaxCheckpointClasses);
    FUZZ_CHECK(s.height >= 1 && s.height <= kMaxCheckpointSide);
    FUZZ_CHECK(s.width >= 1 && s.width <= kMaxCheckpointSide);
    FUZZ_CHECK(int64_t(info.classNames.size()) == s.classes);
    for (const std::string &name : info.classNames)
        FUZZ_CHECK(name.find('\n') == std::string::npos);
    // counts and positions a resumed run starts from
    const RunPosition &p = info.position;
    for (int64_t count : {p.epoch, p.stepInEpoch, p.globalStep, p.trainCorrect, p.trainSeen,
                          p.totalTrainImages, p.bestEpoch, p.metricsLines})
        FUZZ_CHECK(count >= 0);
    for (double seconds : {p.epochTrainSeconds, p.totalTrainSeconds, p.elapsedSeconds})
        FUZZ_CHECK(std::isfinite(seconds) && seconds >= 0);
    FUZZ_CHECK(p.bestValAccuracy == -1 || (p.bestValAccuracy >= 0 && p.bestValAccuracy <= 1));
    // the values are the checkpoint's, unchanged
    FUZZ_CHECK(holds<int64_t>(values, "format", info.format));
    FUZZ_CHECK(holds<std::string>(values, "model_name", info.model));
    FUZZ_CHECK(holds<std::string>(values, "data_kind", info.dataKind));
    FUZZ_CHECK(holds<std::string>(values, "training_config", info.trainingConfig));
    FUZZ_CHECK(holds<int64_t>(values, "epoch", p.epoch));
    FUZZ_CHECK(holds<int64_t>(values, "metrics_lines", p.metricsLines));
    FUZZ_CHECK(holds<double>(values, "train_loss_sum", p.trainLossSum));
    // `patagon-train info --json` embeds the training options as they are: still JSON
    const std::string embedded = JsonObject()
                                     .add("model", info.model)
                                     .addRaw("training_config", info.trainingConfig)
                                     .str();
    FUZZ_CHECK(isJsonObject(embedded));
    if (isUtf8(embedded)) {
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromStdString(embedded), &error);
        FUZZ_CHECK(error.error == QJsonParseError::IllegalNumber
                   || doc.object().value(QStringLiteral("training_config")).isObject());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    checkJsonObject(input);
    const std::map<std::string, CheckpointValue> values = parseValues(input);
    if (const auto it = values.find("training_config");
        it != values.end() && std::holds_alternative<std::string>(it->second))
        checkJsonObject(std::get<std::string>(it->second));
    const CheckpointLookup lookup = [&](const char *key) -> CheckpointValue {
        const auto it = values.find(key);
        return it == values.end() ? CheckpointValue() : it->second;
    };
    try {
        checkInfo(readCheckpointInfo("last.pt", lookup), values);
    } catch (const CheckpointError &) {}
    return 0;
}
