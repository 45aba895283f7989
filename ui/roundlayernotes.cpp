// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundlayernotes.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

bool RoundLayerNotes::anyMissing(const QList<RoundScope> &scopes)
{
    return std::ranges::any_of(scopes, [](const RoundScope &scope) { return !scope.missing.isEmpty(); });
}

QString RoundLayerNotes::remedy()
{
    return tr("Layers > Rebuild Round Layers, or diziner-cli project rebuild-rounds, restores them from "
              "the project's response cache.");
}

QString RoundLayerNotes::scopeNote(const RoundScope &scope)
{
    if (scope.missing.isEmpty()) {
        return {};
    }
    if (scope.annotators.isEmpty()) {
        return tr("Round %1's labels are not in this project: its batch is listed, without its annotators' "
                  "layers (%2) or figures.")
                   .arg(scope.round)
                   .arg(scope.missing.join(u", "_s))
            + u' ' + remedy();
    }
    return tr("The labels of %1 in round %2 are not in this project: the figures shown leave them out and "
              "differ from the round's summary.")
               .arg(scope.missing.join(u", "_s))
               .arg(scope.round)
        + u' ' + remedy();
}

QString RoundLayerNotes::projectNote(const QList<RoundScope> &scopes)
{
    if (!anyMissing(scopes)) {
        return {};
    }
    QString note = tr("## Round layers missing\n\nThis project lacks some annotators' labels of its pilot "
                      "rounds (it was written before each round's labels were kept as layers, or a layer "
                      "was deleted):\n\n");
    for (const RoundScope &scope : scopes) {
        if (!scope.missing.isEmpty()) {
            note += tr("- round %1: %2").arg(scope.round).arg(scope.missing.join(u", "_s)) + u'\n';
        }
    }
    return note + u'\n'
        + tr("Those rounds are shown with the layers present only, so their figures differ from the "
             "rounds' summaries (summary.json).")
        + u' ' + remedy() + u'\n';
}

} // namespace Workbench::Ui
