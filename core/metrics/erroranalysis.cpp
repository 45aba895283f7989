// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/erroranalysis.h"

#include "model/nametable.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

QList<ErrorAnalysis::Instance> ErrorAnalysis::compare(
    const DocumentSpans &reference, const DocumentSpans &annotator)
{
    QList<Instance> instances;
    const qsizetype documents = std::max(reference.size(), annotator.size());
    for (qsizetype d = 0; d < documents; ++d) {
        const QList<Span> ref = reference.value(d);
        const QList<Span> ann = annotator.value(d);
        const auto exact = [](const QList<Span> &list, const Span &span) {
            return std::ranges::binary_search(list, span);
        };
        QList<Span> refLeft;
        for (const Span &r : ref) {
            if (!exact(ann, r)) {
                refLeft.append(r);
            }
        }
        for (const Span &a : ann) {
            if (exact(ref, a)) {
                continue;
            }
            const Span *otherType = nullptr;
            const Span *sameType = nullptr;
            for (const Span &r : std::as_const(refLeft)) {
                if (!overlaps(a, r)) {
                    continue;
                }
                if (r.type != a.type && otherType == nullptr) {
                    otherType = &r;
                } else if (r.type == a.type && sameType == nullptr) {
                    sameType = &r;
                }
            }
            if (otherType != nullptr) {
                instances.append({Category::TypeConfusion, d, a, *otherType});
            } else if (sameType != nullptr) {
                instances.append({Category::SpanError, d, a, *sameType});
            } else {
                instances.append({Category::Spurious, d, a, {}});
            }
        }
        for (const Span &r : std::as_const(refLeft)) {
            const bool touched = std::ranges::any_of(ann, [&r](const Span &a) { return overlaps(a, r); });
            if (!touched) {
                instances.append({Category::Missed, d, {}, r});
            }
        }
    }
    std::ranges::stable_sort(instances, [](const Instance &x, const Instance &y) {
        const int xs = x.annotator.end > 0 ? x.annotator.start : x.reference.start;
        const int ys = y.annotator.end > 0 ? y.annotator.start : y.reference.start;
        return x.document != y.document ? x.document < y.document : xs < ys;
    });
    return instances;
}

QString ErrorAnalysis::categoryName(const Category category)
{
    static constexpr NameTable<Category, 4> names{
        {{{Category::Spurious, "spurious"}, {Category::Missed, "missed"},
            {Category::TypeConfusion, "type confusion"}, {Category::SpanError, "span error"}}}};
    return names.name(category);
}

QString ErrorAnalysis::categoryPattern(const Category category)
{
    static constexpr NameTable<Category, 4> patterns{
        {{{Category::Spurious, "O -> X"}, {Category::Missed, "X -> O"}, {Category::TypeConfusion, "X -> Y"},
            {Category::SpanError, "same type, other boundaries"}}}};
    return patterns.name(category);
}

QString ErrorAnalysis::subtype(const Instance &instance)
{
    switch (instance.category) {
    case Category::Spurious:
        return u"O_to_"_s + instance.annotator.type;
    case Category::Missed:
        return instance.reference.type + u"_to_O"_s;
    case Category::TypeConfusion:
        return instance.reference.type + u"_to_"_s + instance.annotator.type;
    case Category::SpanError:
        return u"span_"_s + instance.reference.type;
    }
    return {};
}

} // namespace Workbench::Core
