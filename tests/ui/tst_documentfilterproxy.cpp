// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/disagreementresult.h"
#include "model/corpus.h"
#include "models/documentfilterproxy.h"
#include "models/documentlistmodel.h"
#include "models/documentroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Kind = Core::HotspotBlock::Kind;

namespace {

Core::Document document(const QString &id, const QString &text)
{
    return Core::Document(id, text, {Core::Sentence{0, int(text.size()), {{0, int(text.size())}}, {}, 1}});
}

// The ids the proxy shows, in its order.
QStringList shown(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids.append(proxy.index(row, Ui::DocumentRoles::IdColumn).data().toString());
    }
    return ids;
}

} // namespace

class TestDocumentFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_corpus = std::make_unique<Core::Corpus>();
        m_corpus->appendDocuments({document(u"a"_s, u"Anna in Oslo"_s), document(u"b"_s, u"Bob in Bergen"_s),
            document(u"c"_s, u"Cleo in Oslo"_s), document(u"d"_s, u"nothing here"_s)});
        m_model = std::make_unique<Ui::DocumentListModel>(m_corpus.get());
        m_model->setDisputed({1, 0, 2, 0}, {{u"LOC"_s}, {}, {u"LOC"_s, u"PER"_s}, {}});
        m_model->setHotspotKinds({{Kind::Minor}, {}, {Kind::EliteSplit, Kind::Minor}, {}});
        m_proxy = std::make_unique<Ui::DocumentFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setFilterKeyColumn(Ui::DocumentRoles::TextColumn);
        m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
        m_corpus.reset();
    }

    void agreementSort_putsUnmeasuredDocumentsLast_inBothDirections()
    {
        // b and d: fewer than two layers cover them, no agreement. A sort by agreement must not
        // mix them among the figures (NaN compares false with everything) nor put them first.
        const double none = std::numeric_limits<double>::quiet_NaN();
        m_model->setAgreement({0.5, none, 1.0, none});
        m_proxy->setSortRole(Ui::DocumentRoles::SortRole);
        m_proxy->sort(Ui::DocumentRoles::AgreementColumn, Qt::AscendingOrder);
        QCOMPARE(shown(*m_proxy), (QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s}));
        m_proxy->sort(Ui::DocumentRoles::AgreementColumn, Qt::DescendingOrder);
        QCOMPARE(shown(*m_proxy), (QStringList{u"c"_s, u"a"_s, u"b"_s, u"d"_s}));
        m_model->setAgreement({none, 0.25, none, 0.75}); // the proxy follows the new figures
        QCOMPARE(shown(*m_proxy), (QStringList{u"d"_s, u"b"_s, u"a"_s, u"c"_s}));
        m_proxy->sort(Ui::DocumentRoles::AgreementColumn, Qt::AscendingOrder);
        QCOMPARE(shown(*m_proxy), (QStringList{u"b"_s, u"d"_s, u"a"_s, u"c"_s}));
    }

    void eachFilter_narrowsTheDocuments_andNoneShowsAll()
    {
        QCOMPARE(shown(*m_proxy), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        m_proxy->setFilterFixedString(u"oslo"_s);
        QCOMPARE(shown(*m_proxy), (QStringList{u"a"_s, u"c"_s}));
        m_proxy->setFilterFixedString({});

        m_proxy->setAllowedDocuments(QSet<qsizetype>{1, 3});
        QCOMPARE(shown(*m_proxy), (QStringList{u"b"_s, u"d"_s}));
        m_proxy->setAllowedDocuments(QSet<qsizetype>{});
        QVERIFY(shown(*m_proxy).isEmpty()); // an empty set allows nothing; no set allows all
        m_proxy->setAllowedDocuments(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 4);

        m_proxy->setDisputedType(u"PER"_s);
        QCOMPARE(shown(*m_proxy), QStringList{u"c"_s});
        m_proxy->setDisputedType(u"LOC"_s);
        QCOMPARE(shown(*m_proxy), (QStringList{u"a"_s, u"c"_s}));
        m_proxy->setDisputedType({});

        m_proxy->setHotspotKind(Kind::EliteSplit);
        QCOMPARE(shown(*m_proxy), QStringList{u"c"_s});
        m_proxy->setHotspotKind(Kind::Minor);
        QCOMPARE(shown(*m_proxy), (QStringList{u"a"_s, u"c"_s}));
        m_proxy->setHotspotKind(Kind::SystematicBias);
        QVERIFY(shown(*m_proxy).isEmpty());
        m_proxy->setHotspotKind(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void filters_combine_andFollowTheCorpus()
    {
        m_proxy->setDisputedType(u"LOC"_s);
        m_proxy->setFilterFixedString(u"anna"_s);
        QCOMPARE(shown(*m_proxy), QStringList{u"a"_s});
        m_proxy->setFilterFixedString({});
        m_proxy->setAllowedDocuments(QSet<qsizetype>{2, 3});
        QCOMPARE(shown(*m_proxy), QStringList{u"c"_s});
        m_proxy->setAllowedDocuments(std::nullopt);
        m_proxy->setDisputedType({});

        // Sorted by the disputed count, as numbers.
        m_proxy->setSortRole(Ui::DocumentRoles::SortRole);
        m_proxy->sort(Ui::DocumentRoles::DisputedColumn, Qt::DescendingOrder);
        QCOMPARE(shown(*m_proxy).first(), u"c"_s);

        // Only the new document lacks hotspots; the corpus then changes under the proxy.
        m_proxy->setHotspotKind(Kind::Minor);
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setHotspotKind(std::nullopt);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        m_corpus->appendDocuments({document(u"e"_s, u"Eve"_s)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_proxy->rowCount(), 5);
        m_corpus->removeDocuments(0, 1);
        QCOMPARE(m_proxy->rowCount(), 4);
        QVERIFY(!shown(*m_proxy).contains(u"a"_s));
    }

private:
    std::unique_ptr<Core::Corpus> m_corpus;
    std::unique_ptr<Ui::DocumentListModel> m_model;
    std::unique_ptr<Ui::DocumentFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDocumentFilterProxy)
#include "tst_documentfilterproxy.moc"
