// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"

#include <QList>
#include <QString>

#include <array>

namespace Workbench::Core {

/*! \brief How an annotator's spans differ from a reference (method.md section 5).
 *
 * After exact matches are set aside: an annotator span overlapping no reference span is
 * spurious (O -> X); one overlapping a reference span of another type is a type confusion
 * (X -> Y); one overlapping only spans of its own type with other boundaries is a span error; a
 * reference span that no annotator span overlaps is missed (X -> O).
 * Usage: \c{for (auto &e : ErrorAnalysis::compare(reference, layer)) ...}
 */
class ErrorAnalysis
{
public:
    enum class Category { Spurious, Missed, TypeConfusion, SpanError };
    static constexpr std::array categories{
        Category::Spurious, Category::Missed, Category::TypeConfusion, Category::SpanError};

    struct Instance
    {
        Category category = Category::Spurious;
        qsizetype document = 0;
        Span annotator; //!< empty (0, 0) for missed
        Span reference; //!< empty (0, 0) for spurious
    };

    //! Every difference, in document and offset order.
    [[nodiscard]] static QList<Instance> compare(
        const DocumentSpans &reference, const DocumentSpans &annotator);
    //! "spurious", "missed", "type confusion", "span error".
    [[nodiscard]] static QString categoryName(Category category);
    //! "O -> X", "X -> O", "X -> Y", "boundaries".
    [[nodiscard]] static QString categoryPattern(Category category);
    /*! The category typed as the reference does: \c O_to_PER (spurious), \c PER_to_O (missed),
     * \c PER_to_ORG (type confusion, reference type first), \c span_PER (boundaries). "12 missed"
     * tells a supervisor little; "9 of them GROUP_to_O" tells it what to write. */
    [[nodiscard]] static QString subtype(const Instance &instance);
};

} // namespace Workbench::Core
