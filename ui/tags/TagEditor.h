#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Rows of Tag Key / Tag Value with Remove buttons, an Add Tag button and a count. Checks the
// tag rules (TagRules, in models/) as the user types and shows each error under its row.
// Used by Create Workspace (Advanced Settings) and Edit Tags.
class TagEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagEditor(QWidget *parent = nullptr);

    TagList tags() const;
    void setTags(const TagList &tags);
    // Current rule check of what is typed; also shown in the editor.
    Status validate();
    // Shows errors that came back from a service (keys Field::tagKey(row) / tagValue(row) / Tags).
    void showErrors(const Status &status);
    bool isValid() { return validate().ok(); }

    QPushButton *addButton() const { return m_addButton; }
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *keyEdit(int row) const { return m_rows.at(row).key; }
    QLineEdit *valueEdit(int row) const { return m_rows.at(row).value; }
    QPushButton *removeButton(int row) const { return m_rows.at(row).remove; }

public slots:
    void addRow(const Tag &tag = {});

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLineEdit *key = nullptr;
        QLineEdit *value = nullptr;
        QPushButton *remove = nullptr;
        QLabel *error = nullptr;
    };
    void removeRow(QPushButton *button);
    void relayout();
    void retranslateUi();

    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QLabel *m_keyHeader = nullptr;
    QLabel *m_valueHeader = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_addButton = nullptr;
};
