// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Keys for the open project's endpoints, checked before anything is sent: a pilot made with the
// command line names its endpoint "oa" and the variable holding its key; with neither that
// variable nor a key in the keychain, Label the Corpus is refused, naming the endpoint and both
// ways to give its key; once a key is stored for "oa" in Endpoints and Keys (where the project's
// endpoints are listed), labelling runs with it. Against a real keychain (packaging/run-tests
// provides a throw-away gnome-keyring) and a server on 127.0.0.1 that insists on the key.
#include "dialogs/endpointsdialog.h"
#include "mainwindow.h"
#include "pilot/pilotconfig.h"
#include "scriptedpilot.h"
#include "secrets/secretstore.h"
#include "session/pilotproject.h"
#include "session/pilotsession.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

constexpr auto keyVariable = "DIZINER_TEST_OA_KEY";

// The scripted pilot, its one endpoint called "oa" with its key in DIZINER_TEST_OA_KEY.
QString createProject(const QString &directory, const QString &baseUrl)
{
    QJsonObject json = QJsonDocument::fromJson(ScriptedPilot::config(baseUrl, 4, 2)).object();
    json.insert(u"endpoints"_s,
        QJsonArray{QJsonObject{{u"id"_s, u"oa"_s}, {u"api"_s, u"openai"_s},
            {u"base_url"_s, QString(baseUrl + u"/v1"_s)}, {u"key_env"_s, QString::fromLatin1(keyVariable)}}});
    QJsonArray annotators;
    for (const QJsonValue &value : json.value(u"annotators"_s).toArray()) {
        QJsonObject annotator = value.toObject();
        annotator.insert(u"endpoint"_s, u"oa"_s);
        annotators.append(annotator);
    }
    json.insert(u"annotators"_s, annotators);
    json.insert(u"supervisor"_s, QJsonObject{{u"endpoint"_s, u"oa"_s}, {u"model"_s, u"sup"_s}});
    const auto config = Core::PilotConfig::fromJson(QJsonDocument(json).toJson());
    const QString corpus = QDir(directory).filePath(u"corpus.conll"_s);
    QFile file(corpus);
    if (!config || !file.open(QIODevice::WriteOnly) || file.write(ScriptedPilot::goldConll(8)) < 0) {
        return {};
    }
    file.close();
    const QString path = QDir(directory).filePath(u"oa.dzn"_s);
    return Core::PilotProject::create(path, corpus, corpus, *config) ? path : QString();
}

} // namespace

class TestProjectKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"endpoints"_s);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("DIZINER_REQUIRE_KEYCHAIN") == 1) {
                QFAIL("no D-Bus session: run the suite through packaging/run-tests");
            }
            QSKIP("no D-Bus session with a Secret Service; packaging/run-tests provides one");
        }
    }

    void labelling_refusedWithoutTheKey_thenRunsWithTheOneStoredForTheProjectsEndpoint()
    {
        const QString key = u"sk-oa-%1-secret"_s.arg(QDateTime::currentMSecsSinceEpoch());
        Test::ProtocolServer server;
        server.setKey(key); // 401 to any call without it
        server.setHandler(&ScriptedPilot::answer);
        QTemporaryDir dir;
        const QString path = createProject(dir.path(), server.url());
        QVERIFY(!path.isEmpty());
        // The window's own keychain service: "oa" holds no key there at first (nor at the end).
        Core::SecretStore secrets;
        QSignalSpy deleted(&secrets, &Core::SecretStore::deleted);
        secrets.remove(u"oa"_s);
        QVERIFY(deleted.wait(20000));

        // A round first, with the key from the configuration's variable (as the command line has it).
        qputenv(keyVariable, key.toUtf8());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        QVERIFY(!server.requests().isEmpty());

        // No variable, no key in the keychain: refused before a byte is sent, saying both ways.
        qunsetenv(keyVariable);
        server.clearRequests();
        auto *label = window.findChild<QPushButton *>(u"labelCorpus"_s);
        auto *status = window.findChild<QLabel *>(u"runStatus"_s);
        QVERIFY(status != nullptr);
        auto *annotator = window.findChild<QComboBox *>(u"labelAnnotator"_s);
        annotator->setCurrentIndex(annotator->findData(u"alpha"_s));
        QTRY_VERIFY(label->isEnabled());
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Endpoint oa needs a key"_s), 20000);
        QCOMPARE(status->text(),
            u"Endpoint oa needs a key and has none: store one for it in Settings > Endpoints and Keys, or "
            u"set "
            u"the environment variable DIZINER_TEST_OA_KEY before starting the workbench. Nothing was sent."_s);
        QCOMPARE(server.requests().size(), 0);
        QTRY_VERIFY(label->isEnabled()); // to try again once a key is given
        QVERIFY(!label->text().contains(u"Start"_s));

        // Endpoints and Keys lists the project's "oa": a key stored for it, and tested.
        window.findChild<QAction *>(u"actionEndpoints"_s)->trigger();
        Ui::EndpointsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::EndpointsDialog *>(u"endpointsDialog"_s)) != nullptr);
        auto *list = dialog->findChild<QListWidget *>(u"endpointList"_s);
        const auto items = list->findItems(u"oa (open project)"_s, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QSignalSpy keyState(dialog, &Ui::EndpointsDialog::keyStateKnown);
        list->setCurrentItem(items.first());
        auto *keyStatus = dialog->findChild<QLabel *>(u"keyStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(keyStatus->text(), u"No key is stored for this endpoint."_s, 20000);
        QVERIFY(dialog->findChild<QLabel *>(u"endpointSource"_s)
                    ->text()
                    .contains(u"environment variable DIZINER_TEST_OA_KEY, which is not set"_s));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"endpointUrl"_s)->isEnabled()); // the configuration's
        QVERIFY(!dialog->findChild<QPushButton *>(u"removeEndpoint"_s)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"endpointKey"_s), key);
        keyState.clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"storeKey"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::any_of(keyState,
                [](const QList<QVariant> &s) { return s.at(0).toString() == u"oa"_s && s.at(1).toBool(); }),
            20000);
        QSignalSpy tested(dialog, &Ui::EndpointsDialog::connectionTested);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().at(0).toString(), u"oa"_s);
        QVERIFY2(!tested.first().at(1).toStringList().isEmpty(), qPrintable(tested.first().at(2).toString()));
        dialog->reject(); // keys are stored at once; nothing else to save

        // Now labelling starts, and every call carries the key from the keychain.
        server.clearRequests();
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Start"_s), 30000);
        stopped.clear();
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Finished));
        int chats = 0;
        for (const auto &request : server.requests()) {
            if (request.path.endsWith("/chat/completions")) {
                ++chats;
                QCOMPARE(request.headers.value("authorization"), "Bearer " + key.toUtf8());
            }
        }
        QVERIFY(chats > 0);

        deleted.clear();
        secrets.remove(u"oa"_s);
        QVERIFY(deleted.wait(20000));
    }
};

QTEST_MAIN(TestProjectKeys)
#include "tst_projectkeys.moc"
