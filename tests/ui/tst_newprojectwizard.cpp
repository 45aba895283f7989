// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The new-project wizard, page by page as a user fills it: each page refuses what it cannot use
// and says why; Finish creates a real project with the corpus, gold, configuration and guideline.
#include "dialogs/newprojectwizard.h"
#include "endpointsettings.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

class TestNewProjectWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Core::Endpoint local;
        local.id = u"lab"_s;
        local.baseUrl = QUrl(u"http://127.0.0.1:8000/v1"_s);
        Ui::EndpointSettings::save({local});
    }

    void pages_checkWhatTheyAsk_andFinishCreatesTheProject()
    {
        QTemporaryDir dir;
        const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
        Ui::NewProjectWizard wizard;
        wizard.show();
        const auto field = [&wizard]<typename T>(const QString &name) { return wizard.findChild<T *>(name); };

        // Page 1: no corpus yet.
        field.operator()<QLineEdit>(u"wizardProjectPath"_s)->setText(dir.filePath(u"new.dzn"_s));
        field.operator()<QLineEdit>(u"wizardCorpus"_s)->setText(dir.filePath(u"missing.conll"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), 0);
        QVERIFY(field.operator()<QLabel>(u"wizardFilesNote"_s)->text().contains(u"corpus"_s));
        field.operator()<QLineEdit>(u"wizardCorpus"_s)->setText(wnut + u"emerging.test.annotated"_s);
        field.operator()<QLineEdit>(u"wizardGold"_s)->setText(wnut + u"emerging.test.annotated"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);

        // Page 2: the WNUT-17 scheme is offered first; a broken scheme or no goal is refused.
        auto *scheme = field.operator()<QPlainTextEdit>(u"wizardScheme"_s);
        QVERIFY(scheme->toPlainText().contains(u"creative-work"_s));
        const QString shipped = scheme->toPlainText();
        scheme->setPlainText(u"{\"types\": "_s);
        field.operator()<QPlainTextEdit>(u"wizardGoal"_s)
            ->setPlainText(u"Tag emerging entities in tweets."_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
        QVERIFY(field.operator()<QLabel>(u"wizardSchemeNote"_s)->text().contains(u"JSON"_s));
        scheme->setPlainText(shipped);
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);

        // Page 3: one annotator cannot disagree with anyone.
        QCOMPARE(field.operator()<QComboBox>(u"wizardEndpoint"_s)->currentData().toString(), u"lab"_s);
        auto *annotators = field.operator()<QPlainTextEdit>(u"wizardAnnotators"_s);
        annotators->setPlainText(u"google/gemma-3-12b-it\n"_s);
        field.operator()<QLineEdit>(u"wizardSupervisor"_s)->setText(u"gpt-5-mini"_s);
        QSignalSpy created(&wizard, &Ui::NewProjectWizard::created);
        wizard.accept();
        QVERIFY(wizard.isVisible());
        QVERIFY2(field.operator()<QLabel>(u"wizardTeamNote"_s)->text().contains(u"at least two annotators"_s),
            qPrintable(field.operator()<QLabel>(u"wizardTeamNote"_s)->text()));
        annotators->setPlainText(u"google/gemma-3-12b-it\nqwen/qwen3-14b\ngoogle/gemma-3-12b-it\n"_s);
        wizard.accept();
        QVERIFY(created.wait(30000));
        QCOMPARE(created.first().at(1).toString(), QString());
        QTRY_VERIFY(!wizard.isVisible());

        auto store =
            Core::ProjectStore::open(dir.filePath(u"new.dzn"_s), Core::ProjectStore::Access::ReadOnly);
        QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().message));
        Core::PilotRepository pilot(**store);
        const auto run = pilot.run();
        QVERIFY(run.has_value());
        const auto config = Core::PilotConfig::fromJson(run->second);
        QVERIFY(config.has_value());
        QStringList names;
        for (const Core::PilotConfig::Annotator &annotator : config->annotators) {
            names.append(annotator.name);
        }
        QCOMPARE(names, (QStringList{u"gemma-3-12b-it"_s, u"qwen3-14b"_s, u"gemma-3-12b-it-2"_s}));
        QCOMPARE(config->supervisor.model, u"gpt-5-mini"_s);
        QCOMPARE(config->endpoint(u"lab"_s)->endpoint.baseUrl, QUrl(u"http://127.0.0.1:8000/v1"_s));
        QVERIFY(config->scheme.codes().contains(u"creative-work"_s));
        QCOMPARE(pilot.latestGuideline()->goal, u"Tag emerging entities in tweets."_s);
        QCOMPARE(pilot.latestGuideline()->version, 0);
        QVERIFY(Core::LayerRepository(**store).find(u"gold"_s).has_value());
    }

    void aCorpusThatDoesNotParse_leavesNoProject()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.conll"_s);
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a O\nb O X Y Z W V U T S R Q\n");
        }
        Ui::NewProjectWizard wizard;
        wizard.show();
        wizard.findChild<QLineEdit *>(u"wizardProjectPath"_s)->setText(dir.filePath(u"p.dzn"_s));
        wizard.findChild<QLineEdit *>(u"wizardCorpus"_s)->setText(broken);
        wizard.next();
        wizard.findChild<QPlainTextEdit *>(u"wizardGoal"_s)->setPlainText(u"Anything."_s);
        wizard.next();
        wizard.findChild<QPlainTextEdit *>(u"wizardAnnotators"_s)->setPlainText(u"a\nb\n"_s);
        wizard.findChild<QLineEdit *>(u"wizardSupervisor"_s)->setText(u"s"_s);
        QSignalSpy created(&wizard, &Ui::NewProjectWizard::created);
        wizard.accept();
        QVERIFY(created.wait(30000));
        const QString error = created.first().at(1).toString();
        QVERIFY2(error.contains(u"broken.conll:2"_s), qPrintable(error)); // FILE:LINE of what failed
        QVERIFY(wizard.isVisible()); // the user can fix the file and finish again
        QVERIFY(!QFile::exists(dir.filePath(u"p.dzn"_s)));
    }
};

QTEST_MAIN(TestNewProjectWizard)
#include "tst_newprojectwizard.moc"
