#pragma once

#include "models/Domain.h"

#include <QList>
#include <QString>
#include <optional>

// The one mapping between the domain enums and the text stored in the database (and shown by
// the API-facing parts of the product). SQL never spells these values: it binds toText(value).
// fromText() is nullopt for text that is none of the values (a foreign or damaged row).
namespace DomainText {

QString toText(BillingMethod value);
QString toText(WorkspaceStatus value);
QString toText(RunState value);
QString toText(Role value);
QString toText(OrderType value);

template<typename E>
std::optional<E> fromText(const QString &text);

// Every value of an enum, in declaration order.
template<typename E>
QList<E> all();

// toText() of each value, in order (for binding an IN (...) list).
template<typename E>
QStringList texts(const QList<E> &values)
{
    QStringList list;
    for (E v : values)
        list << toText(v);
    return list;
}

} // namespace DomainText
