// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/aggregator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Workbench::Ui {

/*! \brief Asks how to build a label-free aggregate of the annotator layers: the method (weighted
 * by agreement, per-token plurality, span vote with its minimum), the layers, and the new
 * layer's name. Gold is never offered. OK only when at least two layers are chosen and the name
 * is free (or names an aggregate, which is then replaced).
 */
class AggregateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AggregateDialog)

public:
    //! \a annotators may be aggregated; \a taken names other layers (never replaced),
    //! \a aggregates names existing aggregates (replaced when chosen again); the name offered ends
    //! in \a nameSuffix (the round of the layers offered).
    AggregateDialog(const QStringList &annotators, const QStringList &taken, const QStringList &aggregates,
        const QString &nameSuffix = {}, QWidget *parent = nullptr);
    ~AggregateDialog() override;

    [[nodiscard]] QStringList layers() const;
    [[nodiscard]] Core::Aggregator::Options options() const;
    [[nodiscard]] QString name() const;

private:
    void methodChanged();
    void validate();

    QStringList m_taken;
    QStringList m_aggregates;
    QString m_nameSuffix;
    QComboBox *m_method = nullptr;
    QSpinBox *m_minVotes = nullptr;
    QListWidget *m_layers = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_nameEdited = false; //!< the user typed a name: the method no longer renames it
};

} // namespace Workbench::Ui
