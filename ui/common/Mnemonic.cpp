#include "ui/common/Mnemonic.h"

#include <QRegularExpression>

QString Mnemonic::apply(const QString &text, QChar letter)
{
    if (letter.isNull())
        return text;
    const QString plain = strip(text);
    // Prefer the letter at the start of a word, then anywhere.
    qsizetype at = -1;
    for (qsizetype i = 0; i < plain.size() && at < 0; ++i)
        if (plain.at(i).toUpper() == letter.toUpper() && (i == 0 || !plain.at(i - 1).isLetter()))
            at = i;
    if (at < 0)
        at = plain.indexOf(letter, 0, Qt::CaseInsensitive);
    if (at >= 0 && plain.at(at).unicode() < 0x80)
        return QString(plain).insert(at, QLatin1Char('&'));
    QString body = plain;
    QString colon;
    if (body.endsWith(QLatin1Char(':')) || body.endsWith(QChar(0xFF1A))) {
        colon = body.right(1);
        body.chop(1);
    }
    return body + QStringLiteral("(&%1)").arg(letter.toUpper()) + colon;
}

QString Mnemonic::strip(const QString &text)
{
    QString s = text;
    static const QRegularExpression appended(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    s.remove(appended);
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return s;
}
