// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"
#include "metrics/reliabilityresult.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;
class QTableWidget;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class AgreementScatter;
class MatrixModel;

/*! \brief Agreement between the annotator layers: the pairwise matrix as a heat map (overall or
 * of one type) beside each layer's agreement against its F1 on gold.
 *
 * Above it, Krippendorff's alpha and Fleiss' kappa of all layers at once, overall and per type.
 * A click on a cell asks for the documents where its two layers differ (layersCompared()); a
 * click on the diagonal for every document again. Usage: \c{pane->showAgreement(result);}
 */
class AgreementPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementPane)

public:
    explicit AgreementPane(Core::Workspace *workspace, QWidget *parent = nullptr);
    ~AgreementPane() override;

    //! Shows \a result; a round's layers called by their annotator when \a byAnnotator.
    void showAgreement(const Core::AgreementResult &result, bool byAnnotator = false);
    /*! Krippendorff's alpha and Fleiss' kappa of the \a layerCount annotator layers above the
     * matrix, overall and per entity type (nothing: cleared). With fewer than two layers they
     * read "n/a" and say why. */
    void showReliability(const std::optional<Core::ReliabilityResult> &result, qsizetype layerCount);
    [[nodiscard]] const Core::AgreementResult &result() const;
    //! What showReliability() was last given (nothing before it, or after clearing).
    [[nodiscard]] const std::optional<Core::ReliabilityResult> &reliability() const;

Q_SIGNALS:
    /*! A cell was chosen: the documents where \a layer and the other layer of the cell differ, or,
     * for the diagonal, every document (\a documents empty, \a layer too). */
    void layersCompared(const QString &layer, const std::optional<QSet<qsizetype>> &documents);

private:
    void compare(const QModelIndex &cell);

    Core::Workspace *m_workspace = nullptr;
    MatrixModel *m_model = nullptr;
    QTableView *m_matrix = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_reliability = nullptr;
    QTableWidget *m_reliabilityByType = nullptr;
    std::optional<Core::ReliabilityResult> m_shownReliability;
    QComboBox *m_type = nullptr;
    AgreementScatter *m_scatter = nullptr;
};

} // namespace Workbench::Ui
