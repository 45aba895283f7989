// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "importedcorpus.h"
#include "parseerror.h"

#include <QStringList>

#include <expected>

namespace Workbench::Core {

/*! \brief Reads a reference CoNLL file and the files of other annotators of the same tokens.
 *
 * The reference defines the documents; each other file becomes a layer laid on them by position
 * (PositionalPairing), named after its file name. The first error rejects the whole import.
 * Usage: \c{auto corpus = ConllCorpusImporter::import(goldPath, LayerKind::Gold, systemPaths);}
 */
class ConllCorpusImporter
{
public:
    [[nodiscard]] static std::expected<ImportedCorpus, ParseError> import(
        const QString &referencePath, LayerKind referenceKind, const QStringList &layerPaths);
};

} // namespace Workbench::Core
