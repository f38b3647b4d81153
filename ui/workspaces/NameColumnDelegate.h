#pragma once

#include "ui/workspaces/PlainTextDelegate.h"

// Paints the Name / ID cell as two lines, the name and the workspace ID, each elided on its own
// line: a long name (64 Chinese characters) would otherwise wrap over both lines and hide the ID.
// The full name and ID are the cell's tooltip and accessible text (the model's).
class NameColumnDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    using PlainTextDelegate::PlainTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The two lines as drawn (tests).
    QStringList shownLines(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
