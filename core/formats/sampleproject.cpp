// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/sampleproject.h"

#include "formats/corpusimporter.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<ImportedCorpus, ParseError> SampleProject::read()
{
    QList<CorpusImporter::Source> sources{
        {u":/sample/emerging.test.annotated"_s, LayerKind::Gold, AnnotationFormat::Conll}};
    const QDir submissions(u":/sample/submissions"_s);
    for (const QString &name : submissions.entryList(QDir::Files, QDir::Name)) {
        sources.append({submissions.filePath(name), LayerKind::System, AnnotationFormat::Conll});
    }
    if (sources.size() == 1) {
        return std::unexpected(
            ParseError{u":/sample"_s, 0, u"the sample data is not built into this program"_s});
    }
    return CorpusImporter::import(sources, {});
}

QString SampleProject::notice()
{
    QFile file(u":/sample/LICENSE.md"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace Workbench::Core
