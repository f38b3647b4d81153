#include "models/Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Format {

namespace {
// The C locale has no grouping or currency layout of its own; it reads as US English.
QLocale uiLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// Whole part with the locale's group separators, then exactly `decimals` fraction digits.
QString magnitudeText(const QLocale &locale, quint64 whole, quint64 fraction, int decimals)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QString digits = plain.toString(fraction);
    while (digits.size() < decimals * locale.zeroDigit().size())
        digits.prepend(locale.zeroDigit());
    return locale.toString(whole) + locale.decimalPoint() + digits;
}

// The locale's currency layout (symbol before or after, spacing) around the magnitude: Qt
// formats the integer 1 as currency and the digit is replaced. The sign is always a leading
// minus, whatever the locale's accounting form.
QString currencyText(bool negative, quint64 whole, quint64 fraction, int decimals)
{
    const QLocale locale = uiLocale();
    const QString magnitude = magnitudeText(locale, whole, fraction, decimals);
    QString pattern = locale.toCurrencyString(qlonglong(1), QStringLiteral("$"));
    const QString one = locale.toString(1);
    const qsizetype at = pattern.lastIndexOf(one);
    QString text = at < 0 ? QStringLiteral("$") + magnitude : pattern.replace(at, one.size(), magnitude);
    return negative ? locale.negativeSign() + text : text;
}

quint64 magnitude(qint64 v)
{
    // Two's complement: the magnitude of the most negative value still fits an unsigned 64-bit.
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QDateTime local(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime();
}

QString offsetText(const QDateTime &t)
{
    const int seconds = t.offsetFromUtc();
    const int minutes = (seconds < 0 ? -seconds : seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Year first in Chinese ("2027年2月15日"); the month's short name elsewhere ("Feb 15, 2027"),
// never a two-digit year or a weekday.
QString datePattern(const QLocale &locale)
{
    return isChinese(locale) ? QStringLiteral("yyyy年M月d日") : QStringLiteral("MMM d, yyyy,");
}
} // namespace

QString number(qint64 n)
{
    return uiLocale().toString(n);
}

QString cus(qint64 n)
{
    // Not a %n plural: Qt fills %n without the locale's grouping, and "1,200" must read as in
    // the tables.
    return (n == 1 ? QCoreApplication::translate("Format", "%1 CU", "one compute unit")
                   : QCoreApplication::translate("Format", "%1 CUs", "a number of compute units, e.g. 1,200 CUs"))
        .arg(number(n));
}

QString money(qint64 cents)
{
    const quint64 a = magnitude(cents);
    return currencyText(cents < 0, a / 100, a % 100, 2);
}

QString microUsd(qint64 value, int decimals)
{
    decimals = qBound(2, decimals, 6);
    const quint64 a = magnitude(value);
    quint64 scale = 1;
    for (int i = decimals; i < 6; ++i)
        scale *= 10;
    return currencyText(value < 0, a / 1000000, (a % 1000000) / scale, decimals);
}

QString unitPrice(qint64 value)
{
    int decimals = 6;
    quint64 scale = 1;
    while (decimals > 2 && (magnitude(value) / scale) % 10 == 0) {
        --decimals;
        scale *= 10;
    }
    return microUsd(value, decimals);
}

QString nameList(const QStringList &names)
{
    const QLocale locale = uiLocale();
    return isChinese(locale) ? names.join(QStringLiteral("、")) : locale.createSeparatedList(names);
}

QString dateTime(qint64 utcMs)
{
    const QLocale locale = uiLocale();
    const QDateTime t = local(utcMs);
    return locale.toString(t, datePattern(locale) + QStringLiteral(" HH:mm"));
}

QString dateTimeFull(qint64 utcMs)
{
    const QLocale locale = uiLocale();
    const QDateTime t = local(utcMs);
    return QCoreApplication::translate("Format", "%1 (%2)", "a local date and time, then its UTC offset")
        .arg(locale.toString(t, datePattern(locale) + QStringLiteral(" HH:mm:ss")), offsetText(t));
}

} // namespace Format
