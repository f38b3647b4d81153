#pragma once

#include <QLabel>
#include <QVarLengthArray>

// A word-wrapping label that remembers its height at the widths it was last asked about.
// Layouts ask a wrapping label for its height at a width again and again while a window is laid
// out, and QLabel lays the whole text out for every answer: 36 layouts of the empty list's
// sentence before the app's first frame (issue 12). An answer stands until the text, the font or
// the style changes (margins, indent and alignment are set once, when the label is made).
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int width;
        int height;
    };
    mutable QString m_answeredText;
    mutable QVarLengthArray<Answer, 8> m_answers;
};
