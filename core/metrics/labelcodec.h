// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Core {

/*! \brief Numbers BIO labels for token-level metrics: 0 is O, 2t+1 is B-type t, 2t+2 is I-type t.
 *
 * Types are numbered in the order given. Usage: \c{LabelCodec codec(types); codec.begin(u"PER"_s);}
 */
class LabelCodec
{
public:
    using Label = quint16;
    static constexpr Label outside = 0;

    explicit LabelCodec(const QStringList &types);

    [[nodiscard]] const QStringList &types() const { return m_types; }
    [[nodiscard]] int labelCount() const { return int(m_types.size()) * 2 + 1; }
    //! -1 for a type the codec does not know.
    [[nodiscard]] int typeIndex(const QString &type) const { return int(m_types.indexOf(type)); }
    [[nodiscard]] static Label begin(int typeIndex) { return Label(2 * typeIndex + 1); }
    [[nodiscard]] static Label inside(int typeIndex) { return Label(2 * typeIndex + 2); }
    [[nodiscard]] static bool isBegin(Label label) { return label % 2 == 1; }
    [[nodiscard]] static bool isInside(Label label) { return label != outside && label % 2 == 0; }
    //! The type index of a B- or I- label; -1 for O.
    [[nodiscard]] static int typeOf(Label label) { return label == outside ? -1 : (label - 1) / 2; }
    //! "O", "B-PER", "I-PER".
    [[nodiscard]] QString name(Label label) const;

private:
    QStringList m_types;
};

} // namespace Workbench::Core
