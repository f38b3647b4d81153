// Words of Qt's own dialogs that Qt 6.4's Chinese catalogue (qtbase_zh_CN.qm) lacks, so Qt's
// folder picker (Back Up Job Scripts) said "Folder" in a Chinese UI. Listed here, lupdate puts
// them in the app's catalogue under Qt's context; QCoreApplication asks every installed
// translator, so the app's answers where Qt's has nothing.
#include <QtGlobal>

namespace {
struct QtText
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] const QtText QtTexts[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};
} // namespace
