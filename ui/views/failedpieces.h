// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/faileditem.h"

#include <QList>
#include <QTableWidget>

namespace Workbench::Ui {

/*! \brief The pieces an annotator could not label, one row each (annotator, document, error);
 * selecting one tells what went wrong, with the raw reply.
 *
 * Usage: \c{pieces->setFailures(round.failures); connect(worker, &PilotWorker::itemFailed,
 * pieces, &FailedPieces::append); connect(pieces, &FailedPieces::pieceChosen, detail,
 * &QPlainTextEdit::setPlainText);}
 */
class FailedPieces final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedPieces)

public:
    explicit FailedPieces(QWidget *parent = nullptr);
    ~FailedPieces() override;

    //! Lists \a failures instead of the pieces listed (none: empties the list).
    void setFailures(const QList<Core::FailedItem> &failures);
    void append(const Core::FailedItem &failure);
    //! The pieces listed, in their rows' order.
    [[nodiscard]] const QList<Core::FailedItem> &failures() const { return m_failures; }

Q_SIGNALS:
    //! A piece was selected: what went wrong, and the annotator's raw reply, in words.
    void pieceChosen(const QString &detail);

private:
    void choose(int row);

    QList<Core::FailedItem> m_failures;
};

} // namespace Workbench::Ui
