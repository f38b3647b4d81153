// The Create Workspace dialog, driven by keyboard and mouse as a user would (issue 3).
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "ui/create/CreateCatalogDialog.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "ui/tags/TagEditor.h"
#include "models/WorkspaceRules.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QAccessible>
#include <QMessageBox>
#include "ui/common/CuEdit.h"
#include "ui/common/PurchaseConfirm.h"
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

namespace {

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Chooses an item of a combo box the way a keyboard user does: focus it and press Down/Up
// until the wanted item is current.
bool chooseByKeyboard(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != target && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == target;
}

// QTest::keyClicks() handles Latin-1 only; other characters (Chinese, full-width digits) are
// sent as key events carrying their text, as an input method delivers them.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    typeText(w, text);
}

// The account owner's Create Workspace dialog on a fresh account, shown, and the fields the
// tests type into (found by object name, as a user finds them by label).
struct OwnerDialog
{
    OwnerDialog() { dialog.show(); }

    TestEnv env;
    Session session{env.services->account.owner().value()};
    CreateWorkspaceDialog dialog{*env.services, session};
    QComboBox *const region = child<QComboBox>(&dialog, "regionCombo");
    QComboBox *const billing = child<QComboBox>(&dialog, "billingCombo");
    QComboBox *const duration = child<QComboBox>(&dialog, "durationCombo");
    QCheckBox *const autoRenew = child<QCheckBox>(&dialog, "autoRenewCheck");
    QLineEdit *const name = child<QLineEdit>(&dialog, "nameEdit");
    CuEdit *const cu = child<CuEdit>(&dialog, "cuQuotaEdit");
    QComboBox *const bucket = child<QComboBox>(&dialog, "bucketCombo");
    QLineEdit *const path = child<QLineEdit>(&dialog, "pathEdit");
    QComboBox *const catalog = child<QComboBox>(&dialog, "catalogCombo");
};

} // namespace

class tst_CreateWorkspaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void createFromThePageButton();
    void escapeCancelsWithoutChange();
    void invalidNameDisablesCreate();
    void duplicateNameIsShownWhileTyping();
    void billingMethodDecidesFields();
    void priceFollowsFields();
    void directoryPreviewAndHdfsWarning();
    void regionWithoutDlfExplains();
    void regionWithoutBucketExplains();
    void identityWithoutPermissionIsRefused();
    void advancedSettingsAreCollapsed();
    void createCatalogDialogRules();
    void everyControlHasAnAccessibleName();
    void cuQuotaStaysAsTyped_data();
    void cuQuotaStaysAsTyped();
    void typedQuotaSurvivesBillingSwitch();
    void subscriptionAsksOnceWithTheAmount();
};

void tst_CreateWorkspaceDialog::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
}

void tst_CreateWorkspaceDialog::createFromThePageButton()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    SparkPage page(*env.services, session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int before = page.model()->rowCount();
    bool driven = false;
    QString expectedPrice;

    whenModal<CreateWorkspaceDialog>([&](CreateWorkspaceDialog *dialog) {
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->createButton()->isEnabled());

        QVERIFY(chooseByKeyboard(child<QComboBox>(dialog, "regionCombo"), QStringLiteral("cn-hangzhou")));
        QVERIFY(chooseByKeyboard(child<QComboBox>(dialog, "billingCombo"), ProductSpec::Subscription));
        auto *duration = child<QComboBox>(dialog, "durationCombo");
        QVERIFY(duration->isVisible());
        QVERIFY(chooseByKeyboard(duration, 3));
        auto *autoRenew = child<QCheckBox>(dialog, "autoRenewCheck");
        autoRenew->setFocus();
        QTest::keyClick(autoRenew, Qt::Key_Space);
        QVERIFY(autoRenew->isChecked());

        typeText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("etl-新工作区_01"));
        auto *cu = child<CuEdit>(dialog, "cuQuotaEdit");
        typeInto(cu, QStringLiteral("150"));
        QCOMPARE(cu->value(), 150);

        QVERIFY(chooseByKeyboard(child<QComboBox>(dialog, "bucketCombo"), QStringLiteral("emr-spark-logs-cn-hangzhou")));
        QTest::keyClicks(child<QLineEdit>(dialog, "pathEdit"), QStringLiteral("spark/logs"));
        QCOMPARE(dialog->directoryPreview()->text(), QStringLiteral("Result: oss://emr-spark-logs-cn-hangzhou/spark/logs/"));

        // Create Catalog: a small dialog with the Catalog ID; the new catalog is then selected.
        QTest::mouseClick(dialog->createCatalogButton(), Qt::LeftButton);
        CreateCatalogDialog *catalogDialog = dialog->catalogDialog();
        QVERIFY(catalogDialog);
        QVERIFY(QTest::qWaitForWindowExposed(catalogDialog));
        QTest::keyClicks(catalogDialog->catalogIdEdit(), QStringLiteral("sales_catalog"));
        QVERIFY(catalogDialog->okButton()->isEnabled());
        QTest::mouseClick(catalogDialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->catalogDialog());
        QCOMPARE(child<QComboBox>(dialog, "catalogCombo")->currentData().toString(), QStringLiteral("sales_catalog"));

        auto *role = child<QComboBox>(dialog, "executionRoleCombo");
        QCOMPARE(role->currentData().toString(), ProductSpec::DefaultExecutionRole);
        QVERIFY(chooseByKeyboard(role, QStringLiteral("SparkEtlJobRole")));

        QTest::mouseClick(dialog->advancedToggle(), Qt::LeftButton);
        TagEditor *tags = dialog->tagEditor();
        QVERIFY(tags->isVisible());
        QTest::mouseClick(tags->addButton(), Qt::LeftButton);
        QTest::keyClicks(tags->keyEdit(0), QStringLiteral("env"));
        QTest::keyClicks(tags->valueEdit(0), QStringLiteral("test"));
        QTest::mouseClick(tags->addButton(), Qt::LeftButton);
        QTest::keyClicks(tags->keyEdit(1), QStringLiteral("team"));
        typeText(tags->valueEdit(1), QStringLiteral("数据"));

        expectedPrice = Format::money(Pricing::subscriptionCents(QStringLiteral("cn-hangzhou"), 150, 3));
        QVERIFY2(dialog->priceLabel()->text().contains(expectedPrice), qPrintable(dialog->priceLabel()->text()));
        QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text()));
        // The purchase asks once, naming the amount; Cancel is the default, so confirm by its button.
        bool confirmed = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            QVERIFY2(box->text().contains(expectedPrice), qPrintable(box->text()));
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelPurchaseButton"));
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPurchaseButton")), Qt::LeftButton);
        }, &confirmed);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(confirmed);
        driven = true;
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createWorkspaceButton")), Qt::LeftButton);
    QVERIFY(driven);
    QVERIFY(!QApplication::activeModalWidget());

    // The new row is in the list, selected, with status Starting.
    QCOMPARE(page.model()->rowCount(), before + 1);
    const auto selected = page.selectedWorkspace();
    QVERIFY(selected);
    QCOMPARE(selected->name, QStringLiteral("etl-新工作区_01"));
    const QModelIndex row = page.view()->selectionModel()->selectedRows().value(0);
    // The Name column shows the name over the workspace ID.
    QCOMPARE(row.siblingAtColumn(WorkspaceTableModel::NameColumn).data().toString(),
             QStringLiteral("etl-新工作区_01\n") + selected->id);
    QCOMPARE(row.siblingAtColumn(WorkspaceTableModel::StatusColumn).data().toString(), QStringLiteral("Starting"));

    const auto stored = env.services->workspaces.find(selected->id);
    QVERIFY(stored);
    QCOMPARE(stored->region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(stored->billing, ProductSpec::Subscription);
    QCOMPARE(stored->durationMonths, 3);
    QVERIFY(stored->autoRenew);
    QCOMPARE(stored->cuQuota, 150);
    QCOMPARE(stored->directory, QStringLiteral("oss://emr-spark-logs-cn-hangzhou/spark/logs/"));
    QCOMPARE(stored->catalogId, QStringLiteral("sales_catalog"));
    QCOMPARE(stored->executionRole, QStringLiteral("SparkEtlJobRole"));
    QCOMPARE(stored->tags, (TagList{{QStringLiteral("env"), QStringLiteral("test")}, {QStringLiteral("team"), QStringLiteral("数据")}}));
    const QList<Order> orders = env.services->billing.orders(stored->id).value();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(Format::money(orders.first().amountCents), expectedPrice);

    // The scheduler's timer is set to the end of the start-up delay; when it fires the status
    // turns Running and the change feed updates the row in place.
    env.services->scheduler.start();
    QCOMPARE(env.services->scheduler.armedFor(), std::optional<qint64>(stored->readyAtMs));
    env.clock.advance(env.services->workspaces.startingDelayMs().value());
    QVERIFY(env.services->scheduler.runDue().ok());
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(WorkspaceTableModel::StatusColumn).data().toString(), QStringLiteral("Running"));
}

void tst_CreateWorkspaceDialog::escapeCancelsWithoutChange()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    SparkPage page(*env.services, session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int before = env.services->workspaces.count().value();
    bool driven = false;
    whenModal<CreateWorkspaceDialog>([&](CreateWorkspaceDialog *dialog) {
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("never-created"));
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::keyClick(name, Qt::Key_Escape);
        driven = !dialog->isVisible();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createWorkspaceButton")), Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(env.services->workspaces.count().value(), before);
    QVERIFY(!env.services->workspaces.findByName(QStringLiteral("never-created")));
}

void tst_CreateWorkspaceDialog::invalidNameDisablesCreate()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, "nameError");
    // Untouched: disabled, but no error yet.
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!error->isVisible());

    QTest::keyClicks(f.name, QStringLiteral("my workspace"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), WorkspaceRules::nameRuleMessage());
    QCOMPARE(dialog.errorText(Field::Name), WorkspaceRules::nameRuleMessage());

    typeInto(f.name, QStringLiteral("my_workspace"));
    QVERIFY(!error->isVisible());
    QVERIFY(dialog.createButton()->isEnabled());

    // Full-width digits, then an empty field after the user typed: both refused.
    typeInto(f.name, QStringLiteral("ws\uFF11"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(error->isVisible());
    typeInto(f.name, QString());
    QVERIFY(!dialog.createButton()->isEnabled());
    QCOMPARE(error->text(), WorkspaceRules::nameRuleMessage());
}

void tst_CreateWorkspaceDialog::duplicateNameIsShownWhileTyping()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QTest::keyClicks(f.name, QStringLiteral("spark-etl-prod"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.errorText(Field::Name).contains(QLatin1String("Enter a different name")));
    QTest::keyClicks(f.name, QStringLiteral("2"));
    QVERIFY(dialog.errorText(Field::Name).isEmpty());
    QVERIFY(dialog.createButton()->isEnabled());
}

void tst_CreateWorkspaceDialog::billingMethodDecidesFields()
{
    OwnerDialog f;

    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::PayAsYouGo));
    QVERIFY(!f.duration->isVisible());
    QVERIFY(!f.autoRenew->isVisible());
    QCOMPARE(f.cu->value(), 1000);

    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::Subscription));
    QVERIFY(f.duration->isVisible());
    QVERIFY(f.autoRenew->isVisible());
    QVERIFY(!f.autoRenew->isChecked());
    QCOMPARE(f.cu->value(), 100);
    QStringList durations;
    for (int i = 0; i < f.duration->count(); ++i)
        durations << QString::number(f.duration->itemData(i).toInt());
    QCOMPARE(durations.join(QLatin1Char(',')), QStringLiteral("1,2,3,4,5,6,7,8,9,12,24,36"));
}

void tst_CreateWorkspaceDialog::priceFollowsFields()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("ap-southeast-1")));
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::PayAsYouGo));
    typeInto(f.cu, QStringLiteral("10"));
    // Singapore: 0.067106 USD per CU-hour; 10 CUs at full quota: 0.67 USD per hour.
    QVERIFY2(dialog.priceLabel()->text().contains(QLatin1String("$0.067106")), qPrintable(dialog.priceLabel()->text()));
    QVERIFY2(dialog.priceLabel()->text().contains(QLatin1String("$0.67")), qPrintable(dialog.priceLabel()->text()));

    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::Subscription));
    QVERIFY(chooseByKeyboard(f.duration, 12));
    typeInto(f.cu, QStringLiteral("25"));
    // 32.21088 x 25 x 12 = 9,663.26 USD due now.
    const QString due = Format::money(Pricing::subscriptionCents(QStringLiteral("ap-southeast-1"), 25, 12));
    QCOMPARE(Pricing::subscriptionCents(QStringLiteral("ap-southeast-1"), 25, 12), qint64(966326));
    QVERIFY2(dialog.priceLabel()->text().contains(due), qPrintable(dialog.priceLabel()->text()));
    QVERIFY(dialog.priceLabel()->text().contains(QLatin1String("$32.21088")));
}

void tst_CreateWorkspaceDialog::directoryPreviewAndHdfsWarning()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("cn-hangzhou")));
    QVERIFY(chooseByKeyboard(f.bucket, QStringLiteral("analytics-data-cn-hangzhou")));
    QVERIFY(dialog.directoryWarning()->isVisible());
    QVERIFY(dialog.directoryWarning()->text().startsWith(QLatin1String("Warning:")));
    QVERIFY(dialog.directoryWarning()->text().contains(QLatin1String("HDFS")));
    QCOMPARE(dialog.directoryPreview()->text(), QStringLiteral("Result: oss://analytics-data-cn-hangzhou/"));
    // A warning does not block creating.
    QTest::keyClicks(f.name, QStringLiteral("warned"));
    QVERIFY(dialog.createButton()->isEnabled());

    QVERIFY(chooseByKeyboard(f.bucket, QStringLiteral("emr-spark-logs-cn-hangzhou")));
    QVERIFY(!dialog.directoryWarning()->isVisible());

    QTest::keyClicks(f.path, QStringLiteral("a//b"));
    QVERIFY(!dialog.errorText(Field::Path).isEmpty());
    QVERIFY(!dialog.createButton()->isEnabled());
    typeInto(f.path, QStringLiteral("logs/../x"));
    QVERIFY(dialog.errorText(Field::Path).contains(QLatin1String("..")));
    typeInto(f.path, QStringLiteral("logs/2024/"));
    QVERIFY(dialog.errorText(Field::Path).isEmpty());
    QCOMPARE(dialog.directoryPreview()->text(), QStringLiteral("Result: oss://emr-spark-logs-cn-hangzhou/logs/2024/"));
    QVERIFY(dialog.createButton()->isEnabled());

    // Another region reloads its buckets.
    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("eu-central-1")));
    for (int i = 0; i < f.bucket->count(); ++i)
        QVERIFY(f.bucket->itemData(i).toString().endsWith(QLatin1String("eu-central-1")));
    QVERIFY(f.bucket->count() > 0);
}

void tst_CreateWorkspaceDialog::regionWithoutDlfExplains()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QTest::keyClicks(f.name, QStringLiteral("mexico"));
    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("na-south-1")));
    QVERIFY(!f.catalog->isVisible());
    QVERIFY(!dialog.createCatalogButton()->isVisible());
    // No help pointing at the missing list and button ("... or click Create Catalog").
    const auto visibleTextMentioning = [&](const QString &text) {
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(text))
                return true;
        return false;
    };
    QVERIFY(!visibleTextMentioning(QStringLiteral("click Create Catalog")));
    const QString message = dialog.errorText(Field::Catalog);
    QVERIFY2(message.contains(QLatin1String("Data Lake Formation (DLF) is not activated in Mexico")), qPrintable(message));
    QVERIFY(!dialog.createButton()->isEnabled());
    // Buckets exist there, so that list is still offered.
    QVERIFY(f.bucket->isVisible());

    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("us-west-1")));
    QVERIFY(f.catalog->isVisible());
    QVERIFY(visibleTextMentioning(QStringLiteral("click Create Catalog")));
    QVERIFY(dialog.errorText(Field::Catalog).isEmpty());
    QVERIFY(dialog.createButton()->isEnabled());
}

void tst_CreateWorkspaceDialog::regionWithoutBucketExplains()
{
    TestEnv env;
    Fixtures::removeBuckets(env, QStringLiteral("us-east-1"));
    Session session(env.services->account.owner().value());
    CreateWorkspaceDialog dialog(*env.services, session);
    dialog.show();
    QVERIFY(chooseByKeyboard(child<QComboBox>(&dialog, "regionCombo"), QStringLiteral("us-east-1")));
    QVERIFY(!child<QComboBox>(&dialog, "bucketCombo")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "pathEdit")->isVisible());
    QVERIFY(dialog.errorText(Field::Bucket).contains(QLatin1String("There is no OSS bucket in US (Virginia)")));
    QVERIFY(!dialog.createButton()->isEnabled());
}

void tst_CreateWorkspaceDialog::identityWithoutPermissionIsRefused()
{
    TestEnv env;
    Session session(env.services->account.identity(QStringLiteral("dave")).value());
    SparkPage page(*env.services, session);
    page.show();
    QString shown;
    bool enabled = true;
    whenModal<CreateWorkspaceDialog>([&](CreateWorkspaceDialog *dialog) {
        if (!dialog)
            return;
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("daves-workspace"));
        shown = dialog->messageLabel()->isVisible() ? dialog->messageLabel()->text() : QString();
        enabled = dialog->createButton()->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createWorkspaceButton")), Qt::LeftButton);
    QVERIFY(!enabled);
    QVERIFY2(shown.contains(ProductSpec::PolicyDlfFull), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("administrator role")));
    QVERIFY(!shown.contains(ProductSpec::PolicyOssFull));
    QVERIFY(!env.services->workspaces.findByName(QStringLiteral("daves-workspace")));

    // alice may.
    session.setIdentity(env.services->account.identity(QStringLiteral("alice")).value());
    CreateWorkspaceDialog dialog(*env.services, session);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("alices-workspace"));
    QVERIFY(!dialog.messageLabel()->isVisible());
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(env.services->workspaces.findByName(QStringLiteral("alices-workspace"))->createdBy, QStringLiteral("alice"));
}

void tst_CreateWorkspaceDialog::advancedSettingsAreCollapsed()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.tagEditor()->isVisible());
    // A button that says whether it is open, not a check box.
    QVERIFY(!dialog.advancedToggle()->isCheckable());
    QAccessibleInterface *toggle = QAccessible::queryAccessibleInterface(dialog.advancedToggle());
    QVERIFY(toggle->role() != QAccessible::CheckBox);
    QCOMPARE(toggle->text(QAccessible::Description), QStringLiteral("Collapsed"));
    dialog.advancedToggle()->setFocus();
    QTest::keyClick(dialog.advancedToggle(), Qt::Key_Space);
    QVERIFY(dialog.tagEditor()->isVisible());
    QCOMPARE(toggle->text(QAccessible::Description), QStringLiteral("Expanded"));
    // Opening scrolls the section into view, and Tags lines up with the other fields.
    QTRY_VERIFY(!dialog.tagEditor()->addButton()->visibleRegion().isEmpty());
    const auto left = [&](QWidget *w) { return w->mapTo(&dialog, QPoint(0, 0)).x(); };
    QCOMPARE(left(dialog.tagEditor()), left(f.name));
    QLabel *tagsLabel = nullptr;
    QLabel *nameLabel = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->text() == QLatin1String("Tags"))
            tagsLabel = l;
        if (l->buddy() == f.name)
            nameLabel = l;
    }
    QVERIFY(tagsLabel && tagsLabel->isVisible() && nameLabel);
    QCOMPARE(left(tagsLabel), left(nameLabel));

    // A tag rule error blocks creating and shows under the tag.
    QTest::keyClicks(f.name, QStringLiteral("tagged"));
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.tagEditor()->addButton(), Qt::LeftButton);
    QTest::keyClicks(dialog.tagEditor()->keyEdit(0), QStringLiteral("Aliyun-key"));
    QVERIFY(!dialog.createButton()->isEnabled());
    typeInto(dialog.tagEditor()->keyEdit(0), QStringLiteral("owner"));
    QTest::keyClicks(dialog.tagEditor()->valueEdit(0), QStringLiteral("http://example.com"));
    QVERIFY(!dialog.createButton()->isEnabled());
    typeInto(dialog.tagEditor()->valueEdit(0), QStringLiteral("me"));
    QVERIFY(dialog.createButton()->isEnabled());
}

void tst_CreateWorkspaceDialog::createCatalogDialogRules()
{
    TestEnv env;
    Session session(env.services->account.owner().value());
    CreateCatalogDialog dialog(*env.services, session, QStringLiteral("cn-beijing"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.catalogIdEdit(), QStringLiteral("1st"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), WorkspaceRules::catalogIdRuleMessage());

    // Valid but taken: the service refuses, the dialog stays open and says why.
    typeInto(dialog.catalogIdEdit(), QStringLiteral("default_catalog"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.errorLabel()->isVisible());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("default_catalog")));

    typeInto(dialog.catalogIdEdit(), QStringLiteral("beijing_2"));
    QTest::keyClick(dialog.catalogIdEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdCatalog().catalogId, QStringLiteral("beijing_2"));
    QCOMPARE(env.services->account.catalogs(QStringLiteral("cn-beijing")).value().size(), 2);
    QVERIFY(widgetsWithoutAccessibleName(&dialog).isEmpty());
}

void tst_CreateWorkspaceDialog::everyControlHasAnAccessibleName()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::Subscription));
    QTest::mouseClick(dialog.advancedToggle(), Qt::LeftButton);
    QTest::mouseClick(dialog.tagEditor()->addButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.tagEditor()->addButton(), Qt::LeftButton);
    QCOMPARE(widgetsWithoutAccessibleName(&dialog), QStringList());
    // The accessible name is the visible label.
    QCOMPARE(f.name->accessibleName(), QStringLiteral("Workspace Name"));
    QCOMPARE(f.catalog->accessibleName(), QStringLiteral("DLF for Metadata Storage"));
}

namespace {
// A dialog whose every field is valid (name typed, cn-hangzhou with its bucket and catalog).
void fillValid(OwnerDialog &f, const QString &billing)
{
    QVERIFY(chooseByKeyboard(f.region, QStringLiteral("cn-hangzhou")));
    QVERIFY(chooseByKeyboard(f.billing, billing));
    typeText(f.name, QStringLiteral("typed_quota"));
}
} // namespace

void tst_CreateWorkspaceDialog::cuQuotaStaysAsTyped_data()
{
    QTest::addColumn<QString>("billing");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    const QString sub = QStringLiteral("For Subscription, the CU quota must be from 25 to 1,000 CUs.");
    const QString payg = QStringLiteral("For Pay-as-you-go, the CU quota must be from 1 to 5,000 CUs.");
    QTest::newRow("subscription below the minimum stays 10") << ProductSpec::Subscription << "10" << sub;
    QTest::newRow("subscription above the maximum stays 1500") << ProductSpec::Subscription << "1500" << sub;
    QTest::newRow("subscription zero stays") << ProductSpec::Subscription << "0" << sub;
    QTest::newRow("pay-as-you-go above the maximum stays 9999") << ProductSpec::PayAsYouGo << "9999" << payg;
    QTest::newRow("pay-as-you-go huge number stays") << ProductSpec::PayAsYouGo << "99999999999999" << payg;
    QTest::newRow("empty field says what to enter") << ProductSpec::PayAsYouGo << "" << "Enter a number of CUs.";
    QTest::newRow("letters stay and are explained")
        << ProductSpec::Subscription << "10 CUs" << "\"10 CUs\" is not a whole number. Enter a number of CUs.";
}

void tst_CreateWorkspaceDialog::cuQuotaStaysAsTyped()
{
    QFETCH(QString, billing);
    QFETCH(QString, typed);
    QFETCH(QString, error);
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(f, billing);
    QVERIFY(dialog.createButton()->isEnabled());
    int asked = 0;
    PurchaseConfirm::setAnswerer([&](const PurchaseConfirm::Question &) { return ++asked, true; });
    const auto reset = qScopeGuard([] { PurchaseConfirm::setAnswerer({}); });

    typeInto(f.cu, typed);
    QCOMPARE(f.cu->text(), typed);
    QCOMPARE(dialog.errorText(Field::CuQuota), error);
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(f.cu->accessibleDescription().startsWith(error));
    QVERIFY2(!dialog.priceLabel()->text().contains(QLatin1Char('$')), qPrintable(dialog.priceLabel()->text()));

    // Tab away and back: nothing is fixed up. Enter buys nothing and keeps the dialog open.
    QTest::keyClick(f.cu, Qt::Key_Tab);
    QCOMPARE(f.cu->text(), typed);
    f.cu->setFocus();
    const int before = int(f.env.services->workspaces.list().value().size());
    QTest::keyClick(f.cu, Qt::Key_Return);
    QTest::keyClick(f.cu, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(asked, 0);
    QCOMPARE(int(f.env.services->workspaces.list().value().size()), before);
    QCOMPARE(f.cu->text(), typed);
}

void tst_CreateWorkspaceDialog::typedQuotaSurvivesBillingSwitch()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::PayAsYouGo));
    typeInto(f.cu, QStringLiteral("200"));
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::Subscription));
    QCOMPARE(f.cu->text(), QStringLiteral("200"));
    QCOMPARE(dialog.errorText(Field::CuQuota), QString());
    QCOMPARE(dialog.spec().cuQuota, 200);
    // Not valid for the new method: still as typed, and the rule says why.
    typeInto(f.cu, QStringLiteral("3000"));
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::PayAsYouGo));
    QCOMPARE(dialog.errorText(Field::CuQuota), QString());
    QVERIFY(chooseByKeyboard(f.billing, ProductSpec::Subscription));
    QCOMPARE(f.cu->text(), QStringLiteral("3000"));
    QVERIFY(!dialog.errorText(Field::CuQuota).isEmpty());
}

void tst_CreateWorkspaceDialog::subscriptionAsksOnceWithTheAmount()
{
    OwnerDialog f;
    CreateWorkspaceDialog &dialog = f.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(f, ProductSpec::Subscription);
    typeInto(f.cu, QStringLiteral("40"));
    QVERIFY(dialog.createButton()->isEnabled());
    const QString amount = Format::money(Pricing::subscriptionCents(QStringLiteral("cn-hangzhou"), 40, 1));
    const int before = int(f.env.services->workspaces.list().value().size());

    // Enter on the form opens the confirmation; Enter there is Cancel: nothing is recorded.
    bool asked = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        QVERIFY2(box->text().contains(amount), qPrintable(box->text()));
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("confirmPurchaseButton"))->text().contains(amount));
        QTest::keyClick(box, Qt::Key_Return);
    }, &asked);
    QTest::keyClick(f.cu, Qt::Key_Return);
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(int(f.env.services->workspaces.list().value().size()), before);

    // Confirmed: exactly the amount shown is recorded.
    QString question;
    PurchaseConfirm::setAnswerer([&](const PurchaseConfirm::Question &q) { return question = q.text, true; });
    const auto reset = qScopeGuard([] { PurchaseConfirm::setAnswerer({}); });
    QTest::keyClick(f.cu, Qt::Key_Return);
    QVERIFY(question.contains(amount));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Order> orders = f.env.services->billing.orders(dialog.createdWorkspace().id).value();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(Format::money(orders.first().amountCents), amount);
}

QTEST_MAIN(tst_CreateWorkspaceDialog)
#include "tst_createworkspacedialog.moc"
