// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runestimate.h"

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

void RunEstimate::showRound(const int round, const qint64 calls, const qint64 tokens, const double cost)
{
    setText(
        tr("Round %1: %n call(s), at most %2 tokens, about %3 USD at your prices.", nullptr, int(calls))
            .arg(QLocale().toString(round), QLocale().toString(tokens), QLocale().toString(cost, 'f', 4)));
}

void RunEstimate::showLabelling(const QString &annotator, const qint64 calls, const qint64 cached,
    const qint64 tokens, const double interactive, const double batch)
{
    setText(tr("Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 USD "
               "interactive, %5 USD by batch at your prices.",
        nullptr, int(calls))
                .arg(annotator)
                .arg(cached)
                .arg(QLocale().toString(tokens))
                .arg(QLocale().toString(interactive, 'f', 4), QLocale().toString(batch, 'f', 4)));
}

} // namespace Workbench::Ui
