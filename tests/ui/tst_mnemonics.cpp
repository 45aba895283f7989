// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Alt+letter reaches one thing at a time: in each language, no two mnemonics of the main window
// that can be on screen together (the menu bar, the toolbar, the corpus view and one dock, each
// page of a tab or stack on its own) share a letter. A clash makes Qt cycle the focus instead of
// acting, and takes the menu bar's letter away.
#include "mainwindow.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// The letter after a single '&' in \a text, case folded; none without one.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toCaseFolded();
            }
            ++i; // "&&" is an ampersand
        }
    }
    return {};
}

struct Mnemonic
{
    QChar letter;
    QString text;
    QList<const QObject *> place; //!< the dock and the pages of stacks it sits in, outermost first
};

// Where \a widget is shown: the dock it is in, and each page of a stack (tabs) on the way.
QList<const QObject *> placeOf(const QWidget *widget)
{
    QList<const QObject *> place;
    for (const QWidget *w = widget; w != nullptr; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (qobject_cast<const QDockWidget *>(w) != nullptr || qobject_cast<const QStackedWidget *>(parent)) {
            place.prepend(w);
        }
    }
    return place;
}

// Two places are on screen together when one holds the other.
bool together(const QList<const QObject *> &a, const QList<const QObject *> &b)
{
    const qsizetype shared = std::min(a.size(), b.size());
    return a.first(shared) == b.first(shared);
}

QList<Mnemonic> mnemonicsOf(const Ui::MainWindow &window)
{
    QList<Mnemonic> found;
    const auto add = [&found](const QString &text, const QList<const QObject *> &place) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull()) {
            found.append({letter, text, place});
        }
    };
    for (const QAction *menu : window.menuBar()->actions()) {
        add(menu->text(), {});
    }
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->window() != &window) {
            continue; // a dialog's own
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button->text(), placeOf(widget));
        } else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy()) {
            add(label->text(), placeOf(widget));
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(group->title(), placeOf(widget));
        }
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mainWindow_noTwoShareALetter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ko") << u"ko"_s;
    }

    void mainWindow_noTwoShareALetter()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(u":/i18n/diziner_%1.qm"_s.arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const Ui::MainWindow window;
        const QList<Mnemonic> mnemonics = mnemonicsOf(window);
        QVERIFY(mnemonics.size() > 10);
        QStringList clashes;
        for (qsizetype i = 0; i < mnemonics.size(); ++i) {
            for (qsizetype j = i + 1; j < mnemonics.size(); ++j) {
                const Mnemonic &a = mnemonics.at(i);
                const Mnemonic &b = mnemonics.at(j);
                if (a.letter == b.letter && together(a.place, b.place)) {
                    clashes.append(u"%1 / %2"_s.arg(a.text, b.text));
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
