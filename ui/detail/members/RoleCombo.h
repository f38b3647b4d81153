#pragma once

#include "models/Permissions.h"
#include "models/ProductSpec.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

// The role field of Add User and Change Role: a label, a combo of every role by its translated
// name (keyed by its API name) and a line under it that says what the chosen role may do.
namespace RoleCombo {

inline void select(QComboBox *combo, const QString &role)
{
    combo->setCurrentIndex(std::max(0, combo->findData(role)));
}

// Refills the names in the current language and keeps role selected, without signalling a change.
inline void fill(QComboBox *combo, const QString &role)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QString &r : ProductSpec::roles())
        combo->addItem(ProductSpec::roleName(r), r);
    select(combo, role);
}

struct Field
{
    QLabel *label = nullptr;
    QComboBox *combo = nullptr;
    QLabel *hint = nullptr;

    QString role() const { return combo->currentData().toString(); }
    void showHint() const { hint->setText(Permissions::roleDescription(role())); }
    // The names in the current language, keeping role (or the current one) selected.
    void retranslate(const QString &keep) const
    {
        fill(combo, keep);
        showHint();
    }
};

inline Field newField(QWidget *parent)
{
    Field f;
    f.label = new QLabel(parent);
    f.combo = new QComboBox(parent);
    f.combo->setObjectName(QStringLiteral("roleCombo"));
    f.label->setBuddy(f.combo);
    f.hint = new QLabel(parent);
    f.hint->setWordWrap(true);
    return f;
}

} // namespace RoleCombo
