#include "ui/common/CuEdit.h"

#include "models/Format.h"

#include <QKeyEvent>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace {
std::optional<qlonglong> parse(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    qlonglong v = QLocale().toLongLong(text, &ok);
    if (!ok)
        v = QLocale::c().toLongLong(text, &ok); // "1,200" and "1200" read in every UI language
    if (ok)
        return v;
    // All digits but more than 64 bits hold: a number, far outside every range.
    QString digits = text;
    digits.remove(QLocale().groupSeparator());
    digits.remove(QLatin1Char(','));
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    if (digits.isEmpty() || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return negative ? std::numeric_limits<qlonglong>::min() : std::numeric_limits<qlonglong>::max();
}
} // namespace

CuEdit::CuEdit(QWidget *parent) : QLineEdit(parent)
{
    setMaxLength(24);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
}

std::optional<int> CuEdit::value() const
{
    const std::optional<qlonglong> v = parse(text());
    if (!v)
        return std::nullopt;
    return int(std::clamp<qlonglong>(*v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

void CuEdit::setValue(int cu)
{
    setText(Format::number(cu)); // as every table and message shows it
}

QString CuEdit::inputError() const
{
    if (text().trimmed().isEmpty())
        return tr("Enter a number of CUs.");
    if (!parse(text()))
        return tr("\"%1\" is not a whole number. Enter a number of CUs.").arg(text().trimmed());
    return {};
}

void CuEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && event->modifiers() == Qt::NoModifier
        && value()) {
        const qint64 next = qint64(*value()) + (event->key() == Qt::Key_Up ? 1 : -1);
        setValue(int(std::clamp<qint64>(next, 0, std::numeric_limits<int>::max())));
        // A step is an edit like typing: listeners of textEdited hear it too.
        emit textEdited(text());
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
