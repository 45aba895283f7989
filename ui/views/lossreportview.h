// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/projectimporter.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Workbench::Ui {

/*! \brief What reading one annotation file gave, before anything is written: for the corpus its
 * size, for a layer how many spans were aligned to the corpus, and entry by entry what could not
 * be (reason, document, line, detail), with the file's warnings.
 *
 * Usage: \c{view->showOutcome(path, outcome);} or \c{view->showText(error);} for a file that failed.
 */
class LossReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LossReportView)

public:
    explicit LossReportView(QWidget *parent = nullptr);
    ~LossReportView() override;

    //! Shows what reading \a file gave.
    void showOutcome(const QString &file, const Core::ProjectImporter::Outcome &outcome);
    //! Shows \a text alone (a file being read, or why it could not be), the entries emptied.
    void showText(const QString &text);
    //! The one-line summary of \a outcome, as the file lists show it.
    [[nodiscard]] static QString brief(const Core::ProjectImporter::Outcome &outcome);
    //! A reader's words for a loss entry's \a reason key ("endpoint-unaligned"); the key itself
    //! for one it does not know.
    [[nodiscard]] static QString describe(const QString &reason);

    //! At most this many entries are listed; the summary counts them all.
    static constexpr int maxEntries = 5000;

private:
    void fillEntries(const Core::ProjectImporter::Outcome &outcome);

    QLabel *m_summary = nullptr;
    QTableWidget *m_entries = nullptr;
};

} // namespace Workbench::Ui
