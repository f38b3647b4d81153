#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Billing history as CSV for a spreadsheet (issue 10), decided here once:
// - RFC 4180: fields separated by commas, records ended by CRLF; a field containing a comma, a
//   double quote, CR or LF is enclosed in double quotes and its quotes doubled.
// - UTF-8 with a byte order mark: Excel opens a file without one in the system's legacy code page
//   and garbles Chinese names; LibreOffice and Python's "utf-8-sig" read the mark as intended.
// - Amounts in USD as plain decimal numbers with a point and no grouping ("-12.34"), so a
//   spreadsheet sums them; times as ISO 8601 in UTC ("2027-02-15T08:58:01Z"), whatever the
//   computer's time zone. A CU count the order does not have (before a new purchase) is empty.
// - The header and the order type are in the UI language, as on screen.
class OrderCsv
{
    Q_DECLARE_TR_FUNCTIONS(OrderCsv)

public:
    // One field, quoted only when RFC 4180 requires it.
    static QString field(const QString &value);
    static QString amount(qint64 cents); // "-12.34"
    static QString time(qint64 utcMs);   // "2027-02-15T08:58:01Z"
    static QStringList header();
    static QStringList record(const Order &order);

    // The whole file: BOM, header, one record per order in the given order.
    static QByteArray toCsv(const QList<Order> &orders);
    // Writes the file at path all at once (a failure leaves an existing file as it was); the
    // error names the file and why it could not be written.
    static Status save(const QString &path, const QList<Order> &orders);

    // Reads RFC 4180 text back into records (a leading BOM is skipped); an unterminated quoted
    // field or text after a closing quote is an error. For tests and anyone checking a file.
    static Result<QList<QStringList>> parse(const QByteArray &csv);
};
