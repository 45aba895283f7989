// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The endpoints dialog against a real keychain (packaging/run-tests provides a throw-away
// gnome-keyring) and a real HTTP server on 127.0.0.1 that insists on the key.
#include "dialogs/endpointsdialog.h"
#include "endpointsettings.h"
#include "filesweep.h"
#include "protocolserver.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

class TestEndpointsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("DIZINER_REQUIRE_KEYCHAIN") == 1) {
                QFAIL("no D-Bus session: run the suite through packaging/run-tests");
            }
            QSKIP("no D-Bus session with a Secret Service; packaging/run-tests provides one");
        }
    }

    void keyGoesToTheKeychain_testListsTheModels_localOnlyRefusesRemote()
    {
        const QString key = u"sk-dialog-%1-secret"_s.arg(QDateTime::currentMSecsSinceEpoch());
        Test::ProtocolServer server;
        server.setKey(key);
        Core::SecretStore secrets(u"org.diziner.Workbench.test"_s);
        QNetworkAccessManager network;
        Ui::EndpointsDialog dialog(&secrets, &network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy keyState(&dialog, &Ui::EndpointsDialog::keyStateKnown);
        QSignalSpy tested(&dialog, &Ui::EndpointsDialog::connectionTested);

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addEndpoint"_s), Qt::LeftButton);
        auto *id = dialog.findChild<QLineEdit *>(u"endpointId"_s);
        id->selectAll();
        QTest::keyClicks(id, u"local"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointUrl"_s), server.url() + u"/v1"_s);
        QCOMPARE(dialog.endpoints().first().id, u"local"_s);

        // The key: typed, stored, gone from the screen.
        auto *keyField = dialog.findChild<QLineEdit *>(u"endpointKey"_s);
        QCOMPARE(keyField->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keyField, key);
        keyState.clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"storeKey"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::any_of(keyState, [](const QList<QVariant> &s) { return s.at(1).toBool(); }), 20000);
        QVERIFY(keyField->text().isEmpty());
        QCOMPARE(
            dialog.findChild<QLabel *>(u"keyStatus"_s)->text(), u"A key is stored in the system keychain."_s);

        // The test reads the key back from the keychain; the server refuses calls without it.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().at(1).toStringList(),
            (QStringList{u"gpt-4o-mini"_s, u"o3-mini"_s, u"llama3.1:8b"_s}));
        QCOMPARE(dialog.findChild<QListWidget *>(u"endpointModels"_s)->count(), 3);
        QCOMPARE(server.requests().last().headers.value("authorization"), "Bearer " + key.toUtf8());

        // Local only: a remote endpoint is refused without a byte sent, and cannot be saved.
        dialog.findChild<QCheckBox *>(u"localOnly"_s)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addEndpoint"_s), Qt::LeftButton);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointUrl"_s), u"https://api.example.com/v1"_s);
        const qsizetype sent = server.requests().size();
        tested.clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.first().at(1).toStringList().isEmpty());
        QVERIFY2(tested.first().at(2).toString().contains(u"local only"_s),
            qPrintable(tested.first().at(2).toString()));
        QCOMPARE(server.requests().size(), sent);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(u"endpointButtons"_s)->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // refused, with the reason shown
        QVERIFY(dialog.findChild<QLabel *>(u"connectionStatus"_s)->text().contains(u"local only"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeEndpoint"_s), Qt::LeftButton);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(u"endpointButtons"_s)->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        const QList<Core::Endpoint> saved = Ui::EndpointSettings::load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().baseUrl.toString(), server.url() + u"/v1"_s);
        QVERIFY(Ui::EndpointSettings::localOnly());
        // Settings hold the endpoint but no key, nor does any other file of ours.
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = settingsFile.readAll();
        QVERIFY(settingsBytes.contains(server.url().toUtf8()));
        QVERIFY(!settingsBytes.contains(key.toUtf8()));
        QCOMPARE(Test::filesContaining(key.toUtf8(), Test::applicationFolders()), QStringList());
        QSignalSpy deleted(&secrets, &Core::SecretStore::deleted);
        secrets.remove(u"local"_s);
        QVERIFY(deleted.wait(20000));
    }
};

QTEST_MAIN(TestEndpointsDialog)
#include "tst_endpointsdialog.moc"
