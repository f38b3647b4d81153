#include "models/OrderCsv.h"

#include "models/ProductSpec.h"

#include <QDateTime>
#include <QSaveFile>

QString OrderCsv::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString OrderCsv::amount(qint64 cents)
{
    // From integers only: no floating point between the stored cents and the text.
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString OrderCsv::time(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

QStringList OrderCsv::header()
{
    return {tr("Order ID"),  tr("Workspace ID"), tr("Workspace Name"), tr("Type"),
            tr("CU Before"), tr("CU After"),     tr("Amount (USD)"),   tr("Time (UTC)")};
}

QStringList OrderCsv::record(const Order &o)
{
    const auto cu = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    return {o.id,          o.workspaceId,        o.workspaceName,        ProductSpec::orderTypeName(o.type),
            cu(o.cuBefore), cu(o.cuAfter), amount(o.amountCents), time(o.createdAtMs)};
}

QByteArray OrderCsv::toCsv(const QList<Order> &orders)
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << field(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header());
    for (const Order &o : orders)
        line(record(o));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status OrderCsv::save(const QString &path, const QList<Order> &orders)
{
    QSaveFile file(path);
    const auto failed = [&path](const QString &why) {
        return Status::failure(Field::General, tr("Could not write %1: %2").arg(path, why), ErrorCode::Storage);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray bytes = toCsv(orders);
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Result<QList<QStringList>> OrderCsv::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString current;
    bool quoted = false;      // inside a quoted field
    bool afterQuote = false;  // a quoted field just closed: only a separator may follow
    bool fieldStarted = false;
    const auto endField = [&] {
        record << current;
        current.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto malformed = [](qsizetype at) {
        return Result<QList<QStringList>>::failure(Field::General, tr("Not valid CSV at character %1.").arg(at + 1));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                current += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                current += text.at(++i);
            else {
                quoted = false;
                afterQuote = true;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true; // a separator always starts another field, even an empty last one
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endField();
            records << record;
            record.clear();
        } else if (afterQuote) {
            return malformed(i);
        } else if (c == QLatin1Char('"') && current.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return malformed(text.size() - 1);
    if (fieldStarted || afterQuote || !current.isEmpty() || !record.isEmpty()) {
        endField();
        records << record;
    }
    return records;
}
