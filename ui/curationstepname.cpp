// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "curationstepname.h"

#include "model/corpus.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

using Edit = Core::LayerRepository::StepEdit;

bool sameRange(const Edit &a, const Edit &b)
{
    return a.document == b.document && a.span.start == b.span.start && a.span.end == b.span.end;
}

// Each removal paired with an insertion of the same range: a type change (its new types returned).
std::optional<QStringList> newTypes(const QList<Edit> &removed, const QList<Edit> &inserted)
{
    if (removed.size() != inserted.size()) {
        return std::nullopt;
    }
    QStringList types;
    for (const Edit &old : removed) {
        const auto now =
            std::ranges::find_if(inserted, [&old](const Edit &edit) { return sameRange(old, edit); });
        if (now == inserted.end()) {
            return std::nullopt;
        }
        types.append(now->span.type);
    }
    types.removeDuplicates();
    return types;
}

} // namespace

QString CurationStepName::quote(const Edit &edit, const Core::Corpus &corpus)
{
    if (edit.document < 0 || edit.document >= corpus.size()) {
        return {};
    }
    // A menu entry stays short: a long span keeps its start.
    constexpr qsizetype longest = 24;
    QString words =
        corpus.document(edit.document).text().mid(edit.span.start, edit.span.end - edit.span.start);
    words = words.simplified();
    if (words.size() > longest) {
        words = words.left(longest - 1) + u'…';
    }
    return tr("“%1”", "a span's words quoted in a menu entry").arg(words);
}

QString CurationStepName::name(const QList<Edit> &edits, const Core::Corpus &corpus)
{
    if (edits.isEmpty()) {
        return {};
    }
    QList<Edit> removed;
    QList<Edit> inserted;
    for (const Edit &edit : edits) {
        (edit.insert ? inserted : removed).append(edit);
    }
    if (removed.isEmpty() && inserted.size() == 1) {
        return tr("Mark %1 as %2").arg(quote(inserted.first(), corpus), inserted.first().span.type);
    }
    if (inserted.isEmpty() && removed.size() == 1) {
        return tr("Remove %1 (%2)").arg(quote(removed.first(), corpus), removed.first().span.type);
    }
    const int count = int(std::max(removed.size(), inserted.size()));
    if (const auto types = newTypes(removed, inserted); types && !removed.isEmpty()) {
        if (count == 1) {
            return tr("Change %1 to %2").arg(quote(removed.first(), corpus), types->first());
        }
        return types->size() == 1 ? tr("Change %n span(s) to %1", nullptr, count).arg(types->first())
                                  : tr("Change the type of %n span(s)", nullptr, count);
    }
    if (removed.isEmpty()) {
        return tr("Add %n span(s)", nullptr, count);
    }
    if (inserted.isEmpty()) {
        return tr("Remove %n span(s)", nullptr, count);
    }
    return tr("Edit %n span(s)", nullptr, int(edits.size()));
}

} // namespace Workbench::Ui
