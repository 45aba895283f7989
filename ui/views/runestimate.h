// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/cost.h"

#include <QLabel>

namespace Workbench::Ui {

/*! \brief What the work about to run costs, at the user's prices: a round's calls and tokens, or
 * labelling the corpus interactively and by batch.
 *
 * Usage: \c{connect(worker, &PilotWorker::estimated, estimate, &RunEstimate::showRound);}
 */
class RunEstimate final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEstimate)

public:
    explicit RunEstimate(QWidget *parent = nullptr);
    ~RunEstimate() override;

    //! Round \a round: \a calls calls, at most \a tokens tokens, about \a cost (or no price).
    void showRound(int round, qint64 calls, qint64 tokens, const Workbench::Core::Cost &cost);
    //! Labelling with \a annotator: \a calls calls (\a cached answered before), about \a tokens
    //! tokens, about \a interactive by interactive calls or \a batch by batch (or no price).
    void showLabelling(const QString &annotator, qint64 calls, qint64 cached, qint64 tokens,
        const Workbench::Core::Cost &interactive, const Workbench::Core::Cost &batch);
};

} // namespace Workbench::Ui
