#pragma once

#include <QList>
#include <QString>
#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

// The read-only "Label: value" rows at the top of the lifecycle dialogs (workspace, expiry, ...):
// values are selectable text, not controls, so their labels have no buddy; the labels follow the
// UI language through retranslate().
class InfoRows
{
public:
    // Adds a row to form and returns its value label (named objectName for tests).
    QLabel *add(QFormLayout *form, QWidget *parent, const char *objectName, std::function<QString()> label);
    void retranslate();

private:
    struct Row
    {
        QLabel *label = nullptr;
        std::function<QString()> text;
    };
    QList<Row> m_rows;
};
