#include "ui/common/FolderPicker.h"

#include "models/Format.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QPointer>
#include <QTreeView>

namespace {
constexpr int DateModifiedColumn = 3; // QFileSystemModel: Name, Size, Type, Date Modified

class AppDates : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == DateModifiedColumn) {
            if (auto *files = qobject_cast<QFileSystemModel *>(sourceModel())) {
                const QDateTime modified = files->lastModified(mapToSource(index));
                if (modified.isValid())
                    return Format::dateTime(modified.toMSecsSinceEpoch());
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

QFileDialog *FolderPicker::create(QWidget *parent, const QString &caption)
{
    auto *dialog = new QFileDialog(parent, caption);
    dialog->setObjectName(QStringLiteral("folderPicker"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setProxyModel(new AppDates(dialog));
    // Only Qt's own dialog has this view; a native one sizes for itself. The sizes follow the
    // contents whenever they change (folder listed, type names and dates filled in late by Qt's
    // file info thread, language switched); the name column keeps the rest of the width.
    if (auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
        for (int column = 1; column < tree->header()->count(); ++column)
            tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    return dialog;
}

QString FolderPicker::chooseFolder(QWidget *parent, const QString &caption)
{
    QFileDialog *dialog = create(parent, caption);
    const QPointer<QFileDialog> guard(dialog);
    const bool chosen = dialog->exec() == QDialog::Accepted;
    if (!guard)
        return {};
    const QStringList files = chosen ? dialog->selectedFiles() : QStringList();
    delete dialog;
    return files.value(0);
}
