#pragma once

#include <QList>
#include <QString>
#include <deque>
#include <functional>

class HelpTip;
class QGridLayout;
class QLabel;
class QWidget;

// One field of a long form, described once: what builds it, retranslates it, names it for screen
// readers and shows its error all read from this row.
struct FieldRow
{
    FieldRow(QString key, QWidget *widget, std::function<QString()> label, std::function<QString()> help,
             std::function<QString()> tip)
        : key(std::move(key)), widget(widget), label(std::move(label)), help(std::move(help)), tip(std::move(tip))
    {}

    QString key;                     // Field:: key whose messages the row shows; empty: none
    QWidget *widget = nullptr;       // the control the label names (buddy and accessible name)
    std::function<QString()> label;  // the visible label (spec §7)
    std::function<QString()> help;   // one short line under the field; null: none
    std::function<QString()> tip;    // the rest, behind a "?"; empty: no "?"
    QWidget *companion = nullptr;    // a control beside widget on its line (Auto-renew, Create Catalog)
    QList<QWidget *> controls;       // every control of the row in tab order (default: widget, companion)
    QList<QWidget *> below;          // shown under the field, before the help (a preview)
    bool alignLeft = false;          // the field keeps its size instead of filling the column
    QChar mnemonic;                  // the label's Alt key (Mnemonic::apply), unique in the window
    bool visible = true;             // see FieldForm::setRowVisible()

    // Made by FieldForm::add().
    QLabel *labelWidget = nullptr;
    QLabel *helpLabel = nullptr;
    HelpTip *tipButton = nullptr;
    QLabel *errorLabel = nullptr;    // named <key>Error
};

// Lays out FieldRows in a two-column grid (label, field) and keeps their texts current.
class FieldForm
{
public:
    explicit FieldForm(QGridLayout *grid);

    FieldRow &add(FieldRow row);
    // Labels and accessible names, then help lines, tips and descriptions: after a language change.
    void retranslate();
    // Help lines, tips and each field's accessible description (its error, help and tip): after
    // the state they depend on changed. An empty help line or tip is hidden.
    void refresh();
    // Shows or hides the label, controls, help and "?" (the error label shows what it holds).
    void setRowVisible(FieldRow &row, bool visible);

    FieldRow *row(const QString &key);
    std::deque<FieldRow> &rows() { return m_rows; }
    // Every control and "?" of every row, in order.
    QList<QWidget *> focusChain() const;
    int nextGridRow() const { return m_next; }

private:
    QGridLayout *m_grid;
    std::deque<FieldRow> m_rows; // a deque keeps references to rows valid as rows are added
    int m_next = 0;
};
