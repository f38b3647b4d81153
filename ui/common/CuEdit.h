#pragma once

#include <QLineEdit>
#include <optional>

// A CU field that keeps exactly what was typed (issue 9 item 4). A spin box clamps 1500 to its
// maximum, turns 20 into its minimum on Tab and fixes the text up before Enter reaches the default
// button, so a purchase could be made for a number the user never chose. Here the text is never
// changed by the field: a whole number goes to the models' rules, which decide whether it is
// allowed; anything else is explained (inputError()). The dialog shows the message next to the
// field and keeps its accept button disabled. Up/Down step by one, as in a spin box.
class CuEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CuEdit(QWidget *parent = nullptr);

    // The whole number typed (group separators allowed); nullopt when empty or not a whole number.
    // Numbers beyond int saturate: they are outside every range, and the rule's message says so.
    std::optional<int> value() const;
    int valueOr(int fallback) const { return value().value_or(fallback); }
    // Shows cu in the UI locale (for example "1,200").
    void setValue(int cu);

    // Why the text is no number of CUs at all (empty, or not a whole number); empty when it is one.
    // One wording in every dialog; the range is the rule's business.
    QString inputError() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
