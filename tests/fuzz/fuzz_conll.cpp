// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// CoNLL columns: any bytes either parse or give a located error, never a crash; and the streaming
// scorer agrees with reading both files into documents: the input, split at its first byte's
// share, is scored both ways and must give the same error or the same scores.
#include "formats/conllreader.h"
#include "formats/positionalpairing.h"
#include "metrics/conllpairscorer.h"
#include "metrics/spanscorer.h"

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

namespace {

const QString goldName = QStringLiteral("gold.conll");
const QString predictedName = QStringLiteral("pred.conll");

// The path `score` took before the streaming scorer: the reference it must equal.
std::expected<ScoreTable, ParseError> viaDocuments(const QByteArray &gold, const QByteArray &predicted)
{
    const auto goldData = ConllReader::read(gold, goldName, {});
    if (!goldData) {
        return std::unexpected(goldData.error());
    }
    const auto predictedData = ConllReader::read(predicted, predictedName, {});
    if (!predictedData) {
        return std::unexpected(predictedData.error());
    }
    const auto paired = PositionalPairing::pair(*goldData, goldName, *predictedData, predictedName);
    if (!paired) {
        return std::unexpected(paired.error());
    }
    return SpanScorer::score(goldData->spans, paired->spans);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ConllReader::read(bytes, QStringLiteral("fuzz.conll"), {});
    if (!parsed && parsed.error().line < 0) {
        __builtin_trap(); // an error must name a line (1-based) or the whole file (0)
    }
    if (size < 2) {
        return 0;
    }
    const qsizetype split = 1 + qsizetype(data[0]) * qsizetype(size - 1) / 256;
    const QByteArray gold = bytes.mid(1, split - 1);
    const QByteArray predicted = bytes.mid(split);
    const auto expected = viaDocuments(gold, predicted);
    const auto actual = ConllPairScorer::score(gold, goldName, predicted, predictedName, 0);
    if (expected.has_value() != actual.has_value()) {
        __builtin_trap();
    }
    if (expected ? !(*expected == actual->table) : !(expected.error() == actual.error())) {
        __builtin_trap();
    }
    return 0;
}
