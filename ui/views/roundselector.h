// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "roundscope.h"

#include <QList>
#include <QToolBar>

class QAction;
class QComboBox;

namespace Workbench::Ui {

/*! \brief The toolbar that chooses what the window shows: a pilot round (its layers over its
 * batch), every layer, or the final labelling.
 *
 * Hidden while a project offers one choice only (no round layers). Choosing announces the scope
 * through scopeChosen(). A round whose annotators' layers the project lacks says so in its label
 * and tooltip, and a button beside it asks for them to be rebuilt (rebuildRequested()). Usage:
 * \c{selector->setScopes(RoundScope::available(*workspace));}
 */
class RoundSelector final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundSelector)

public:
    explicit RoundSelector(QWidget *parent = nullptr);
    ~RoundSelector() override;

    /*! Offers \a scopes and chooses the last round among them (every layer when there is none),
     * announcing it even when it was chosen before: the layers behind it may be new. */
    void setScopes(const QList<RoundScope> &scopes);
    //! Chooses round \a round; false when it is not offered.
    bool selectRound(int round);
    //! The scopes offered, in the selector's order.
    [[nodiscard]] const QList<RoundScope> &scopes() const { return m_scopes; }
    //! The scope chosen (every layer before any was offered).
    [[nodiscard]] RoundScope current() const;
    //! What the chosen scope is called in the selector.
    [[nodiscard]] QString currentLabel() const;

Q_SIGNALS:
    void scopeChosen(const Workbench::Ui::RoundScope &scope);
    //! The reader asked for the missing round layers to be rebuilt (offered while some are missing).
    void rebuildRequested();

private:
    [[nodiscard]] static QString label(const RoundScope &scope);
    [[nodiscard]] static QString toolTip(const RoundScope &scope);

    void showChosen(int index);

    QComboBox *m_combo = nullptr;
    QAction *m_rebuild = nullptr;
    QList<RoundScope> m_scopes;
};

} // namespace Workbench::Ui
