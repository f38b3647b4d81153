#pragma once

#include <QFont>
#include <QHeaderView>
#include <QStringList>

// A horizontal header whose titles are one line each. Qt sizes a header by measuring every
// title in bold (the look of a highlighted section), which makes a bold font engine and loads
// the glyphs of every title before a window's first frame, even while the table is hidden (about
// 4 million instructions of the app's start-up, issue 12). A one-line title is as tall as a line
// of the bold font, which is known without loading a glyph; only a title the font cannot draw
// by itself (a fallback font's lines may be taller) is measured as Qt does. Fitting a column to
// its contents (double-click on a divider) still measures every title in bold.
class OneLineHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit OneLineHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The view asks at every geometry update; titles and font are compared, the style watched.
    mutable QStringList m_measuredTitles;
    mutable QFont m_measuredFont;
    mutable int m_height = -1;
};
