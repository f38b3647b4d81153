#pragma once

#include "models/Result.h"
#include "ui/common/Announce.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QWidget>

// Small helpers shared by the Members, Queues and Data Catalogs tabs and their dialogs.
namespace AccessUi {

// The role's value of the selected row of a single-selection table, or empty.
inline QString selectedData(const QAbstractItemView *view, int role)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(role).toString();
}

// Makes index's row the current, selected row and scrolls to it (invalid index: no change).
inline void selectRow(QAbstractItemView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

// Enables a control when allowed; otherwise disables it and says why in the tooltip and the
// accessible description (a screen reader reads the description of a disabled button).
inline void setAllowed(QWidget *widget, QAction *action, const QString &refusal, const QString &tip)
{
    const bool allowed = refusal.isEmpty();
    const QString text = allowed ? tip : refusal;
    if (widget) {
        widget->setEnabled(allowed);
        widget->setToolTip(text);
        widget->setAccessibleDescription(text);
    }
    if (action) {
        action->setEnabled(allowed);
        action->setToolTip(text);
    }
}

// An error label under a field: the message text itself says what is wrong (never color alone).
inline void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Sentences joined for one description: a space after Latin text, none after a full-width
// stop ("。", "；"), where a space reads as a stray gap.
inline QString joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &s : sentences) {
        if (s.isEmpty())
            continue;
        if (!text.isEmpty() && text.back().unicode() < 0x3000)
            text += QLatin1Char(' ');
        text += s;
    }
    return text;
}

// A field's error: shown under it, first in the field's accessible description (Qt 6.4 has no
// "invalid entry" state to set), and announced once when it appears or changes, so a screen
// reader user hears it without leaving the field. An empty message clears all of it and puts
// back the field's usual description (its hint).
inline void showFieldError(QWidget *field, QLabel *label, const QString &message, const QString &hint = {})
{
    const bool changed = message != label->text() || label->isHidden() != message.isEmpty();
    showError(label, message);
    field->setAccessibleDescription(joinSentences({message, hint}));
    if (changed && !message.isEmpty())
        Announce::alert(label);
}

// Grows a window so that wrapped messages which just appeared in it are not clipped. A window's
// minimum size ignores height-for-width (word-wrapped labels), so Qt does not grow it by itself.
inline void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace AccessUi
