// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Workbench::Core {

/*! \brief Reads an annotator's reply: \c{{"entities":[{"text","type","start","end","confidence"}]}}.
 *
 * Tolerant as method.md section 3 asks: a leading reasoning block (\c{<think>...</think>}) is
 * dropped, the outermost JSON object is taken from surrounding prose or a code fence, and trailing
 * commas are repaired. Entities of types outside the scheme are dropped and counted. What still
 * fails to parse is an error (the caller asks again, and finally records the item as failed with
 * the raw text): never silently "no entities".
 * Usage: \c{auto mentions = ReplyParser::parse(reply.text, scheme.codes());}
 */
class ReplyParser
{
public:
    struct Mention
    {
        QString text;
        QString type;
        std::optional<int> start; //!< as the model reported it (code points, maybe wrong)
        std::optional<int> end;
        double confidence = 1.0;

        friend bool operator==(const Mention &, const Mention &) = default;
    };

    struct Result
    {
        QList<Mention> mentions;
        int droppedUnknownType = 0;
        int droppedMalformed = 0; //!< entries without text or type
        bool repaired = false; //!< the JSON needed cleaning
    };

    [[nodiscard]] static std::expected<Result, QString> parse(const QString &reply, const QStringList &types);
    //! The outermost JSON object in \a text, cleaned: nothing when there is none.
    [[nodiscard]] static std::optional<QJsonObject> extractObject(
        const QString &text, bool *repaired = nullptr);
};

} // namespace Workbench::Core
