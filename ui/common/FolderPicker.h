#pragma once

#include <QString>

class QFileDialog;
class QWidget;

// Qt's folder dialog as the rest of the app shows things: its Date Modified column in the app's
// language and format (Qt's own model uses the system locale), and every column of the detail
// view wide enough for its header and dates once a folder is listed (Qt keeps the widths it
// saved, which cut "修改日期" and the dates in Chinese).
namespace FolderPicker {
// The configured dialog, not yet shown; the caller owns it.
QFileDialog *create(QWidget *parent, const QString &caption);
// Modal; the chosen folder, or an empty string when cancelled.
QString chooseFolder(QWidget *parent, const QString &caption);
} // namespace FolderPicker
