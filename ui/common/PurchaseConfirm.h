#pragma once

#include <QString>
#include <functional>

class QWidget;

// The one explicit confirmation before money changes hands (create a subscription, upgrade,
// downgrade): a message box that names the amount. Cancel is the default button, so Enter pressed
// out of habit records nothing; the purchase needs its own button (or its Alt key).
namespace PurchaseConfirm {

struct Question
{
    QString title;   // the dialog's title
    QString text;    // what is bought and the formatted amount
    QString confirm; // the confirming button, for example "Pay $91.22"
};

// True when the user confirmed.
bool ask(QWidget *parent, const Question &question);

// Tests: answers instead of the message box while set (and sees each question); reset with {}.
using Answerer = std::function<bool(const Question &)>;
void setAnswerer(Answerer answerer);

} // namespace PurchaseConfirm
