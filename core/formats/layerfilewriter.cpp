// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/layerfilewriter.h"

#include "formats/bratcodec.h"
#include "formats/coveredselection.h"
#include "formats/doccanocodec.h"
#include "formats/prodigycodec.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<LossReport, ParseError> LayerFileWriter::write(const QString &path,
    const AnnotationFormat format, const QList<Document> &allDocuments, const DocumentSpans &allSpans,
    const QSet<qsizetype> &uncovered, const ConllWriter::Options &conllOptions)
{
    const CoveredSelection covered = CoveredSelection::of(allDocuments, allSpans, uncovered);
    const QList<Document> &documents = covered.documents;
    const DocumentSpans &spans = covered.spans;
    QByteArray bytes;
    LossReport loss;
    switch (format) {
    case AnnotationFormat::Brat: {
        auto written = BratCodec::write(path, documents, spans);
        if (!written) {
            return std::unexpected(written.error());
        }
        return loss;
    }
    case AnnotationFormat::Doccano:
        bytes = DoccanoCodec::write(documents, spans);
        break;
    case AnnotationFormat::Prodigy: {
        ProdigyCodec::Output output = ProdigyCodec::write(documents, spans);
        bytes = output.bytes;
        loss = output.loss;
        break;
    }
    case AnnotationFormat::Conll: {
        ConllWriter::Output output = ConllWriter::write(documents, spans, conllOptions);
        bytes = output.bytes;
        loss = output.loss;
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(ParseError{path, 0, u"cannot write the file: %1"_s.arg(file.errorString())});
    }
    return loss;
}

} // namespace Workbench::Core
