// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"

#include <QDialog>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

/*! \brief Exports one layer of the open workspace as CoNLL (IOB1, IOB2, BIOES), doccano,
 * Prodigy or brat, off the UI thread, and shows what the format could not keep.
 *
 * The loss report is listed entry by entry (reason, document, detail); an export that lost
 * nothing says so. Documents the layer does not cover are left out of the file (CoveredSelection). The dialog
 * stays open to show it. exportTo() does the same without a file dialog.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(Core::Workspace *workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    //! Writes the chosen layer in the chosen format to \a path; finished() reports the outcome.
    void exportTo(const QString &path);

Q_SIGNALS:
    //! \a errorString is empty when the file (or brat directory) was written; \a loss is what was lost.
    void finished(const QString &path, const Workbench::Core::LossReport &loss, const QString &errorString);

private:
    void chooseAndExport();
    //! \a omitted: the documents left out as uncovered by the layer.
    void showResult(
        const QString &path, const Core::LossReport &loss, qsizetype omitted, const QString &errorString);

    Core::Workspace *m_workspace;
    QComboBox *m_layer = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_scheme = nullptr;
    QCheckBox *m_docstart = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_loss = nullptr;
};

} // namespace Workbench::Ui
