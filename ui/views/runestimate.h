// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

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

    //! Round \a round: \a calls calls, at most \a tokens tokens, about \a cost USD.
    void showRound(int round, qint64 calls, qint64 tokens, double cost);
    //! Labelling with \a annotator: \a calls calls (\a cached answered before), about \a tokens
    //! tokens, about \a interactive USD by interactive calls or \a batch USD by batch.
    void showLabelling(const QString &annotator, qint64 calls, qint64 cached, qint64 tokens,
        double interactive, double batch);
};

} // namespace Workbench::Ui
