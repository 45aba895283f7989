// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QObject>

class QHeaderView;
class QWidget;

namespace Workbench::Ui {

/*! \brief Keeps the labels of the tables' headers and of the combo boxes under a widget whole:
 * no "ocumer" for "Document", no "Disputed: a…".
 *
 * A header section a user or a model can size is widened to its label (QHeaderView's
 * sectionSizeHint(): the label in bold, the margins and the sort arrow) whenever the labels,
 * the sections or the sort column change; a combo box asks the layout for its longest item; a
 * pane of a vertical splitter whose word-wrapped labels need more lines is made taller.
 * Usage: \c{LabelFit::keepWhole(window);} once the widgets exist (and after a saved layout is
 * restored: widths saved narrower are widened).
 */
class LabelFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelFit)

public:
    ~LabelFit() override;

    //! Every header and combo box under \a root, from now on; again: the widths checked again.
    static void keepWhole(QWidget &root);

private:
    explicit LabelFit(QHeaderView *header);
    static void keepWrappedTextWhole(QWidget &root);
    //! Widens the sections of the header whose labels would be cut.
    void fit();

    QHeaderView *m_header = nullptr;
};

} // namespace Workbench::Ui
