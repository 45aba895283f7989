// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/pilotrepository.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;

namespace Workbench::Ui {

/*! \brief The reports a pilot round's analysis wrote for people, read in the workbench: the
 * hotspot report and one report per annotator, rendered as Markdown, or as highlighted source.
 *
 * Usage: \c{view->setReports(round, repository.roundReports(runId, round));}
 */
class RoundReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundReportsView)

public:
    explicit RoundReportsView(QWidget *parent = nullptr);
    ~RoundReportsView() override;

    //! Shows round \a round's \a reports (none kept: says so): the report of the name chosen
    //! before (an annotator's), else the hotspot report.
    void setReports(int round, const Core::PilotRepository::RoundReports &reports);
    //! Shows nothing, with \a why in its place.
    void clear(const QString &why);
    //! The names of the reports offered, in the chooser's order.
    [[nodiscard]] QStringList reportNames() const;

private:
    void showReport(int index);
    //! The chooser's entry for the reader's last choice; -1 when this round has no such report.
    [[nodiscard]] int indexOfChosen() const;

    QComboBox *m_chooser = nullptr;
    QCheckBox *m_source = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QPlainTextEdit *m_markdown = nullptr;
    //! The report the reader chose last, by what it reports on (not by its label, which names the
    //! round and is translated): an annotator's name for its errors, empty for the hotspots (no
    //! annotator is nameless); nothing before a choice.
    std::optional<QString> m_chosen;
};

} // namespace Workbench::Ui
