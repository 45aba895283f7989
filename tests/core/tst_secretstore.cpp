// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The real keychain: a Secret Service on the session bus (packaging/run-tests starts a private
// D-Bus session with an unlocked gnome-keyring). No mock.
#include "filesweep.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

Q_DECLARE_METATYPE(Workbench::Core::SecretStore::Error)

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SecretStore::Error>();
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("DIZINER_REQUIRE_KEYCHAIN") == 1) {
                QFAIL("no D-Bus session: run the suite through packaging/run-tests");
            }
            QSKIP("no D-Bus session with a Secret Service; packaging/run-tests provides one");
        }
    }

    void storeRestoreRemove_forReal()
    {
        SecretStore secrets(u"org.diziner.Workbench.test"_s);
        QSignalSpy stored(&secrets, &SecretStore::stored);
        QSignalSpy restored(&secrets, &SecretStore::restored);
        QSignalSpy deleted(&secrets, &SecretStore::deleted);
        QSignalSpy failed(&secrets, &SecretStore::failed);
        const QString key = u"sk-keychain-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());

        // Three requests at once: they run one after another, in order.
        secrets.store(u"ep1"_s, key);
        secrets.restore(u"ep1"_s);
        secrets.store(u"ep1"_s, key + u"-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size() + failed.size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.size() == 1 || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        QCOMPARE(restored.first().at(1).toString(), key);

        secrets.restore(u"ep1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 2, 20000);
        QCOMPARE(restored.last().at(1).toString(), key + u"-2"_s);

        secrets.remove(u"ep1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 20000);
        secrets.remove(u"ep1"_s); // not there any more: still a success
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 2, 20000);
        secrets.restore(u"ep1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().at(1).value<SecretStore::Error>(), SecretStore::Error::NotFound);

        // The key never reached a file of ours: no insecure fallback.
        QCOMPARE(Workbench::Test::filesContaining(key.toUtf8(), Workbench::Test::applicationFolders()),
            QStringList());
    }

    void keyNames_andEnvironment()
    {
        QCOMPARE(SecretStore::keyName(u"openai"_s), u"endpoint/openai/api-key"_s);
        qputenv("DIZINER_TEST_KEY", "from-env");
        QCOMPARE(SecretStore::fromEnvironment(u"DIZINER_TEST_KEY"_s), u"from-env"_s);
        QVERIFY(SecretStore::fromEnvironment(u"DIZINER_UNSET_VARIABLE"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
