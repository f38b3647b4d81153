#pragma once

#include <QLabel>

class QPalette;

// One look for every error and warning message under a field or in a dialog: a colour taken from
// the palette (so it reads on dark themes too) and an icon before the text, so the kind of message
// is never told by colour alone. The text itself stays the message, word-wrapped and selectable.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning };

    explicit MessageLabel(Kind kind, QWidget *parent = nullptr);

    // The foreground for a message of this kind on the palette's window colour.
    static QColor color(Kind kind, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyPalette();

    Kind m_kind;
    bool m_applying = false;
};

namespace ErrorStyle {

// A hidden error label under a field, named for tests and accessibility tools; shown by
// AccessUi::showError() when it gets a message.
MessageLabel *newErrorLabel(QWidget *parent, const QString &objectName);
MessageLabel *newWarningLabel(QWidget *parent, const QString &objectName);

} // namespace ErrorStyle
