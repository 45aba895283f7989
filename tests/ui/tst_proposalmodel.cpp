// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "models/proposalmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Change = Core::ProposalChange;

namespace {

Change change(int id, Change::Kind kind, const QString &target, int index, const QString &text)
{
    Change made;
    made.id = id;
    made.kind = kind;
    made.target = target;
    made.index = index;
    made.text = text;
    made.rationale = u"why %1"_s.arg(id);
    made.patterns = {u"pattern %1"_s.arg(id)};
    made.changeFraction = 0.1 * id;
    return made;
}

// Version 3: a goal, two common instructions and one for annotator "b".
Core::Guideline current()
{
    Core::Guideline guideline;
    guideline.version = 3;
    guideline.goal = u"Tag people."_s;
    guideline.common = {
        {u"Types"_s, u"Cities are LOC."_s, {}, {}, {}}, {u"Types"_s, u"Bands are ORG."_s, {}, {}, {}}};
    guideline.perAnnotator.insert(u"b"_s, {{{}, u"Mind the hashtags."_s, {}, {}, {}}});
    return guideline;
}

Core::Proposal proposal()
{
    Core::Proposal made;
    made.changes = {change(1, Change::Kind::Add, u"common"_s, -1, u"Titles stay outside."_s),
        change(2, Change::Kind::Change, u"common"_s, 1, u"Bands and labels are ORG."_s),
        change(3, Change::Kind::Remove, u"b"_s, 0, {}),
        change(4, Change::Kind::Rewrite, u"goal"_s, -1, u"Tag people and places."_s)};
    return made;
}

} // namespace

class TestProposalModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setProposal_resetsAndShowsEveryChangeInWords()
    {
        Ui::ProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy decisions(&model, &Ui::ProposalModel::decisionsChanged);
        model.setProposal(proposal(), current());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: no children
        QCOMPARE(model.undecidedCount(), 4);

        QCOMPARE(model.index(0).data().toString(),
            u"1. Add an instruction for all annotators [undecided]\nTitles stay outside."_s);
        QVERIFY(model.index(2).data().toString().startsWith(u"3. Remove an instruction for annotator b"_s));
        QVERIFY(model.index(2).data().toString().endsWith(u"Mind the hashtags."_s)); // what goes
        QVERIFY(model.index(3).data().toString().contains(u"Rewrite the goal"_s));
        // Before and after: nothing before an addition, the replaced text, the goal; nothing after a removal.
        QCOMPARE(model.index(0).data(Ui::ProposalModel::BeforeRole).toString(), QString());
        QCOMPARE(model.index(1).data(Ui::ProposalModel::BeforeRole).toString(), u"Bands are ORG."_s);
        QCOMPARE(
            model.index(1).data(Ui::ProposalModel::AfterRole).toString(), u"Bands and labels are ORG."_s);
        QCOMPARE(model.index(2).data(Ui::ProposalModel::AfterRole).toString(), QString());
        QCOMPARE(model.index(3).data(Ui::ProposalModel::BeforeRole).toString(), u"Tag people."_s);
        QCOMPARE(
            model.index(1).data(Ui::ProposalModel::KindRole).value<Change::Kind>(), Change::Kind::Change);
        QCOMPARE(model.index(2).data(Ui::ProposalModel::TargetRole).toString(), u"b"_s);
        QCOMPARE(
            model.index(1).data(Ui::ProposalModel::PatternsRole).toStringList(), QStringList{u"pattern 2"_s});
        QCOMPARE(model.index(1).data(Ui::ProposalModel::RationaleRole).toString(), u"why 2"_s);
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), u"why 2"_s);
        QCOMPARE(model.index(3).data(Ui::ProposalModel::ChangeFractionRole).toDouble(), 0.4);
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
    }

    void decide_changesOneRow_andKeepsAnEditsText()
    {
        Ui::ProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProposal(proposal(), current());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy decisions(&model, &Ui::ProposalModel::decisionsChanged);

        model.decide(1, Change::Decision::Edited, u"  Bands, labels and choirs are ORG. "_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1)); // that row only
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(model.index(1).data(Ui::ProposalModel::DecisionRole).value<Change::Decision>(),
            Change::Decision::Edited);
        QCOMPARE(model.index(1).data(Ui::ProposalModel::AfterRole).toString(),
            u"Bands, labels and choirs are ORG."_s);
        QVERIFY(model.index(1).data().toString().contains(u"[accepted as edited]"_s));

        model.decide(1, Change::Decision::Rejected, u"ignored"_s);
        QCOMPARE(model.proposal().changes.at(1).editedText, QString()); // only an edit keeps a text
        QCOMPARE(
            model.index(1).data(Ui::ProposalModel::AfterRole).toString(), u"Bands and labels are ORG."_s);

        changed.clear();
        model.decide(4, Change::Decision::Accepted); // no such row: nothing happens
        model.decide(-1, Change::Decision::Accepted);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.undecidedCount(), 3);
    }

    void acceptRemaining_acceptsThePendingOnes_inOneSignal()
    {
        Ui::ProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProposal(proposal(), current());
        model.decide(0, Change::Decision::Rejected);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.acceptRemaining(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.undecidedCount(), 0);
        QCOMPARE(model.index(0).data(Ui::ProposalModel::DecisionRole).value<Change::Decision>(),
            Change::Decision::Rejected);
        QCOMPARE(model.index(3).data(Ui::ProposalModel::DecisionRole).value<Change::Decision>(),
            Change::Decision::Accepted);
        QCOMPARE(model.acceptRemaining(), 0); // nothing left: no signal
        QCOMPARE(changed.size(), 1);

        model.setProposal({}, current()); // an empty proposal is an empty list
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProposalModel)
#include "tst_proposalmodel.moc"
