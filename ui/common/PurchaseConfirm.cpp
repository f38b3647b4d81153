#include "ui/common/PurchaseConfirm.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
PurchaseConfirm::Answerer &answerer()
{
    static PurchaseConfirm::Answerer a;
    return a;
}
} // namespace

bool PurchaseConfirm::ask(QWidget *parent, const Question &question)
{
    if (answerer())
        return answerer()(question);
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("purchaseConfirm"));
    QPushButton *confirm = box.addButton(question.confirm, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmPurchaseButton"));
    QPushButton *cancel = box.addButton(QCoreApplication::translate("PurchaseConfirm", "Cancel"),
                                        QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPurchaseButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void PurchaseConfirm::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}
