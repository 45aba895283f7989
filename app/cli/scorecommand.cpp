// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "scorecommand.h"

#include "base/countednoun.h"
#include "metrics/conllpairscorer.h"
#include "verbparser.h"

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

QString percent(const double fraction)
{
    return QString::number(100.0 * fraction, 'f', 2);
}

QString row(const QString &name, const ScoreCounts &c)
{
    return u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(name, -16)
        .arg(percent(c.precision()), 9)
        .arg(percent(c.recall()), 7)
        .arg(percent(c.f1()), 7)
        .arg(c.truePositives, 6)
        .arg(c.gold, 6)
        .arg(c.predicted, 6);
}

} // namespace

int runScore(const QStringList &arguments)
{
    VerbParser verb(u"score"_s,
        u"Strict entity-level precision, recall and F1 of PRED against GOLD "
        u"(conlleval chunking; sentences and tokens paired by position)."_s);
    verb.addPositional(u"GOLD"_s, u"The reference CoNLL file."_s);
    verb.addPositional(u"PRED"_s, u"The CoNLL file to score."_s);
    verb.parser().addOption(
        {u"tag-col"_s, u"1-based column of the tags in both files (default: detected)."_s, u"N"_s});
    if (auto exit = verb.parse(arguments, 2, 2)) {
        return *exit;
    }
    const auto tagColumn = verb.number(u"tag-col"_s, 0, 1);
    if (!tagColumn) {
        return ExitUsage;
    }
    const QString goldPath = verb.positional().at(0);
    const QString predPath = verb.positional().at(1);
    const auto scored = ConllPairScorer::scoreFiles(goldPath, predPath, int(*tagColumn));
    if (!scored) {
        CliOutput::diagnostic(scored.error().toString());
        return ExitFailure;
    }
    if (scored->differingTokens > 0) {
        CliOutput::diagnostic(u"%1:%2: warning: %3 %4 in text from %5; tokens are paired by "
                              u"position and the scores are unaffected"_s.arg(predPath,
                                  QString::number(scored->firstDifferingLine),
                                  CountedNoun::of(scored->differingTokens, u"token"_s),
                                  scored->differingTokens == 1 ? u"differs"_s : u"differ"_s, goldPath));
    }

    const ScoreTable &table = scored->table;
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(table.toJson());
        return ExitSuccess;
    }
    QString text =
        u"processed %1 tokens with %2 gold phrases; found: %3 phrases; correct: %4.\n"_s.arg(scored->tokens)
            .arg(table.overall.gold)
            .arg(table.overall.predicted)
            .arg(table.overall.truePositives);
    text += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"type"_s, -16)
                .arg(u"precision"_s, 9)
                .arg(u"recall"_s, 7)
                .arg(u"f1"_s, 7)
                .arg(u"tp"_s, 6)
                .arg(u"gold"_s, 6)
                .arg(u"pred"_s, 6);
    text += row(u"overall"_s, table.overall);
    for (auto it = table.types.cbegin(); it != table.types.cend(); ++it) {
        text += row(it.key(), it.value());
    }
    CliOutput::text(text);
    return ExitSuccess;
}

} // namespace Workbench::Cli
