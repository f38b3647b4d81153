#pragma once

#include <QLabel>
#include <QString>

// Long values the rules allow (64-character names, 1,023-byte paths) in labels that must never
// make a window wider than its screen.
namespace LongText {

// A text of more than 64 characters with invisible break opportunities (U+200B) after every '/'
// and inside any run of 32 characters without one, so a word-wrapped label can wrap a long path
// or word; shorter text unchanged.
// For display only: never for text a user may copy into a field.
QString breakable(const QString &text);

} // namespace LongText

// A one-line label for a user-chosen value (a workspace name): the whole text when it fits,
// otherwise elided in the middle, with the whole text in the tooltip, the accessible name and
// the accessible description.
// It can shrink to a few characters, so a 64-character name never widens its window. Text is
// selectable (to copy the name) whenever it is shown whole.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const { return QLabel::text() != m_full; }
    // How the text can be selected while it is shown whole (by mouse unless set).
    void setSelectable(Qt::TextInteractionFlags flags) { m_selectable = flags; updateShown(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // A new width, font or style elides the text again.
    bool event(QEvent *event) override;

private:
    void updateShown();

    QString m_full;
    Qt::TextInteractionFlags m_selectable = Qt::TextSelectableByMouse;
};
