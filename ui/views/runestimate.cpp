// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runestimate.h"

#include "costtext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RunEstimate::RunEstimate(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"runEstimate"_s);
    setWordWrap(true);
}

RunEstimate::~RunEstimate() = default;

void RunEstimate::showRound(const int round, const qint64 calls, const qint64 tokens, const Core::Cost &cost)
{
    if (cost.isUnknown()) {
        setText(tr("Round %1: %n call(s), at most %2 tokens; no price for its models (Settings > Prices).",
            nullptr, int(calls))
                    .arg(QLocale().toString(round), QLocale().toString(tokens)));
        return;
    }
    setText(tr("Round %1: %n call(s), at most %2 tokens, about %3 at your prices.", nullptr, int(calls))
                .arg(QLocale().toString(round), QLocale().toString(tokens), CostText::usd(cost, 4)));
}

void RunEstimate::showLabelling(const QString &annotator, const qint64 calls, const qint64 cached,
    const qint64 tokens, const Core::Cost &interactive, const Core::Cost &batch)
{
    if (interactive.isUnknown()) {
        setText(tr("Labelling with %1: %n call(s), %2 answered before, about %3 tokens; no price for its "
                   "model (Settings > Prices).",
            nullptr, int(calls))
                    .arg(annotator)
                    .arg(cached)
                    .arg(QLocale().toString(tokens)));
        return;
    }
    setText(tr("Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 "
               "interactive, %5 by batch at your prices.",
        nullptr, int(calls))
                .arg(annotator)
                .arg(cached)
                .arg(QLocale().toString(tokens))
                .arg(CostText::usd(interactive, 4), CostText::usd(batch, 4)));
}

} // namespace Workbench::Ui
