// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Text over a span's tint stays readable in a light and a dark palette: WCAG AA contrast
// (4.5:1) for every colour of the palette, the tint composited over the palette's base.
#include "views/spanpalette.h"

#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Workbench::Ui::SpanPalette;

namespace {

// WCAG 2 relative luminance.
double luminance(const QColor &colour)
{
    const auto channel = [](const double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &tint, const QColor &base)
{
    const double a = tint.alphaF();
    return QColor::fromRgbF(float(tint.redF() * a + base.redF() * (1 - a)),
        float(tint.greenF() * a + base.greenF() * (1 - a)), float(tint.blueF() * a + base.blueF() * (1 - a)));
}

} // namespace

class TestSpanPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tintedText_keepsAaContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << false << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << true << QColor(0x2a, 0x2a, 0x2a) << QColor(Qt::white);
    }

    void tintedText_keepsAaContrast()
    {
        QFETCH(bool, dark);
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        const QStringList types{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
        const SpanPalette palette(types);
        QSet<QRgb> colours;
        for (const QString &type : types) {
            const double ratio = contrast(over(palette.background(type, dark), base), text);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2:1"_s.arg(palette.colour(type).name()).arg(ratio)));
            colours.insert(palette.colour(type).rgb());
        }
        QCOMPARE(colours.size(), types.size()); // seven types, seven colours
    }
};

QTEST_GUILESS_MAIN(TestSpanPalette)
#include "tst_spanpalette.moc"
