// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/conlldata.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Reads CoNLL-style NER files into documents: 2 to 10 columns, tab or space separated.
 *
 * Lines, columns, comments, document markers and sentences follow ConllLayout (the rules the
 * streaming scorer shares). Sentence text comes from \c{# text =} when its tokens are found in
 * it in order, else tokens joined by single spaces; sentences of one document are joined by a
 * newline. Without document markers each sentence is a document. A file with any error yields
 * the error and nothing else.
 * Usage: \c{auto data = ConllReader::readFile(path); if (!data) print(data.error().toString());}
 */
class ConllReader
{
public:
    struct Options
    {
        int tagColumn = 0; //!< 1-based column of the tags; 0 detects it
    };

    [[nodiscard]] static std::expected<ConllData, ParseError> read(
        const QByteArray &bytes, const QString &fileName, const Options &options);
    [[nodiscard]] static std::expected<ConllData, ParseError> readFile(
        const QString &path, const Options &options);
};

} // namespace Workbench::Core
