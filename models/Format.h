#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The one way every window, dialog and message shows a number of CUs, an amount of money and a
// point in time, in the UI language's locale (QLocale's default, set by the language switch)
// and the computer's local time zone. It lives in models/ because rule messages name amounts
// and dates too, and they must read exactly as the tables beside them.
namespace Format {

// "1,200" (grouped as the locale groups; the C locale groups as US English).
QString number(qint64 n);
// "1,200 CUs", "1 CU" ("1,200 个 CU" in Chinese).
QString cus(qint64 n);

// "$1,234.56" in the locale's currency layout, computed from integers only. A refund or any
// negative amount carries the locale's minus sign ("-$116.00"), never parentheses, so Billing
// History's "refunds are negative" is what the column shows.
QString money(qint64 cents);
// Micro-USD with exactly `decimals` fraction digits (2..6).
QString microUsd(qint64 microUsd, int decimals = 6);
// A unit price with as many decimals as it needs, at least two: "$0.067106", "$24.14496", "$32.21".
QString unitPrice(qint64 microUsd);

// A UTC instant in local time, to the minute: "Feb 15, 2027, 16:58", "2027年2月15日 16:58".
QString dateTime(qint64 utcMs);
// The same with seconds and the UTC offset, for tooltips and confirmations:
// "Feb 15, 2027, 16:58:01 (UTC+08:00)".
QString dateTimeFull(qint64 utcMs);

// Names in a sentence: "alice, bob, and carol"; in Chinese "alice、bob、carol", where the
// locale's "alice和bob" runs Latin names into the conjunction.
QString nameList(const QStringList &names);

} // namespace Format
