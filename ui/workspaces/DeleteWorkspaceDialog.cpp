#include "ui/workspaces/DeleteWorkspaceDialog.h"

#include "ui/common/FolderPicker.h"
#include "ui/common/LongText.h"
#include "models/Format.h"
#include "models/ChangeFeed.h"
#include "models/DeletionService.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/common/Announce.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *makeMessageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLabel *makeValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeleteWorkspaceDialog::DeleteWorkspaceDialog(Services &services, Session &session, const QString &workspaceId,
                                             QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("deleteWorkspaceDialog"));
    m_chooseFolder = &FolderPicker::chooseFolder;

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_nameLabel = new ElidedLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("workspaceNameLabel"));
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    m_nameLabel->setFont(bold);
    // Selectable so the name can be copied into the field below; by mouse only, so Tab does not
    // stop on a label.

    m_orderBox = new QWidget(this);
    m_orderBox->setObjectName(QStringLiteral("orderBox"));
    m_orderForm = new QFormLayout(m_orderBox);
    m_orderForm->setContentsMargins(0, 0, 0, 0);
    m_orderValue = makeValueLabel(m_orderBox, QStringLiteral("orderValue"));
    m_paidValue = makeValueLabel(m_orderBox, QStringLiteral("paidValue"));
    m_usedValue = makeValueLabel(m_orderBox, QStringLiteral("usedValue"));
    m_refundValue = makeValueLabel(m_orderBox, QStringLiteral("refundValue"));
    for (QLabel *value : {m_orderValue, m_paidValue, m_usedValue, m_refundValue}) {
        auto *caption = new QLabel(m_orderBox);
        m_orderForm->addRow(caption, value);
        // Screen readers read children in their order: each caption before its value.
        caption->raise();
        value->raise();
    }

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);

    m_activeBox = new QFrame(this);
    m_activeBox->setObjectName(QStringLiteral("activeRunsBox"));
    static_cast<QFrame *>(m_activeBox)->setFrameShape(QFrame::StyledPanel);
    m_activeError = makeMessageLabel(m_activeBox, QStringLiteral("activeRunsError"));
    m_activeError->show();
    m_openJobsButton = new QPushButton(m_activeBox);
    m_openJobsButton->setObjectName(QStringLiteral("openJobsButton"));
    connect(m_openJobsButton, &QPushButton::clicked, this, [this] {
        emit openJobsRequested(m_workspaceId);
        reject();
    });
    auto *activeLayout = new QHBoxLayout(m_activeBox);
    activeLayout->addWidget(m_activeError, 1);
    activeLayout->addWidget(m_openJobsButton, 0, Qt::AlignTop);
    m_activeBox->hide();

    m_backupButton = new QPushButton(this);
    m_backupButton->setObjectName(QStringLiteral("backupButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &DeleteWorkspaceDialog::backUpJobScripts);
    m_backupResult = makeMessageLabel(this, QStringLiteral("backupResult"));
    auto *backupButtonRow = new QHBoxLayout;
    backupButtonRow->addWidget(m_backupButton);
    backupButtonRow->addStretch(1);
    auto *backupLayout = new QVBoxLayout;
    backupLayout->addLayout(backupButtonRow);
    backupLayout->addWidget(m_backupResult);

    m_confirmLabel = new QLabel(this);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmLabel->setBuddy(m_confirmEdit);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this] {
        m_confirmError->hide();
        updateConfirmButton();
    });
    m_confirmError = makeMessageLabel(this, QStringLiteral("confirmationError"));
    m_error = makeMessageLabel(this, QStringLiteral("errorLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_confirmButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    // The default button, disabled until the name matches: QDialog then ignores Enter.
    m_confirmButton->setDefault(true);
    m_confirmButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeleteWorkspaceDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeleteWorkspaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_orderBox);
    layout->addWidget(m_warnings);
    layout->addWidget(m_activeBox);
    layout->addLayout(backupLayout);
    layout->addSpacing(6);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmEdit);
    layout->addWidget(m_confirmError);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Top-down, as laid out, so that Tab after the buttons comes round to the name field again
    // (with Back Up after the buttons, Tab cycled among the buttons and never returned to it).
    setTabOrder(m_openJobsButton, m_backupButton);
    setTabOrder(m_backupButton, m_confirmEdit);
    setTabOrder(m_confirmEdit, m_confirmButton);
    setTabOrder(m_confirmButton, m_cancelButton);

    if (const auto w = m_services.workspaces.find(workspaceId)) {
        m_exists = true;
        m_name = w->name;
        m_mode = w->billing == ProductSpec::Subscription ? Mode::Unsubscribe : Mode::Delete;
    }
    m_orderBox->setVisible(m_mode == Mode::Unsubscribe);

    // Runs end and new ones can be submitted while the dialog is open (the scheduler, or another
    // instance): the feed says so, and the guard's box follows.
    const auto forThisWorkspace = [this](const QString &id) {
        if (id == m_workspaceId && !m_submitting)
            reloadPreview();
    };
    connect(&m_services.feed, &ChangeFeed::runsChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::workspaceChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::workspaceRemoved, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::ordersChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::reloaded, this, [this] {
        if (!m_submitting)
            reloadPreview();
    });

    resize(600, 300);
    retranslateUi(); // also loads the preview
    m_confirmEdit->setFocus();
}

QString DeleteWorkspaceDialog::formatSpan(qint64 ms)
{
    const qint64 hours = std::max<qint64>(0, ms) / (3600 * 1000);
    const int days = int(hours / 24);
    const int rest = int(hours % 24);
    if (days == 0)
        return tr("%n hour(s)", nullptr, rest);
    if (rest == 0)
        return tr("%n day(s)", nullptr, days);
    return tr("%1 %2").arg(tr("%n day(s)", nullptr, days), tr("%n hour(s)", nullptr, rest));
}

void DeleteWorkspaceDialog::reloadPreview()
{
    const Result<DeletionPreview> p = m_services.deletion.preview(m_workspaceId);
    if (!p.ok()) {
        m_quote.reset();
        m_exists = false;
        m_activeBox->hide();
        showError(p.text());
        updateConfirmButton();
        return;
    }
    const DeletionPreview &preview = p.value();
    const Workspace &w = preview.workspace;
    const bool unsubscribing = m_mode == Mode::Unsubscribe;

    m_heading->setText(unsubscribing ? tr("You are about to unsubscribe from this workspace's subscription and "
                                          "delete the workspace:")
                                     : tr("You are about to delete this workspace:"));
    m_nameLabel->setFullText(w.name);

    QStringList items;
    items << tr("Before you delete a workspace, make sure that no jobs are running in it. If a job is running, "
                "the workspace cannot be deleted until you stop the job.");
    items << tr("After the workspace is deleted, its resources, including %n job(s) with their runs, members, "
                "queues and tags, are released and cannot be restored. Back up the job scripts first to prevent "
                "data loss.", nullptr, preview.jobCount);
    items << tr("Data associated with the workspace, such as logs on OSS or HDFS in %1, is not deleted. "
                "The DLF catalog %2 is kept.")
                 .arg(LongText::breakable(w.directory), w.catalogId);
    if (unsubscribing)
        items << tr("Unsubscribing ends the subscription order and refunds the unused part; the workspace is "
                    "deleted with it.");
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_warnings->setText(html);

    if (unsubscribing) {
        QStringList lines;
        for (const Order &o : preview.orders)
            lines << tr("%1 (%2, %Ln CU(s)): %3", nullptr, o.cuAfter)
                         .arg(o.id, ProductSpec::orderTypeName(o.type), Format::money(o.amountCents));
        m_orderValue->setText(lines.isEmpty() ? tr("No order found") : lines.join(QLatin1Char('\n')));
        m_paidValue->setText(Format::money(preview.paidCents));
        m_usedValue->setText(tr("%1 of %2").arg(formatSpan(preview.usedMs), formatSpan(preview.subscribedMs)));
        m_refundValue->setText(Format::money(preview.refundCents));
        m_quote = preview.refundQuote;
    }

    if (preview.activeRuns.isEmpty()) {
        m_activeRunsMessage.clear();
        m_activeBox->hide();
    } else {
        showActiveRuns(DeletionService::activeRunsError(w.name, preview.activeRuns, unsubscribing).text());
    }
    updateConfirmButton();
    fitHeight();
}

void DeleteWorkspaceDialog::fitHeight()
{
    // Word-wrapped labels need their height for the dialog's width; grow (never shrink under the
    // user) when a message appears.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void DeleteWorkspaceDialog::showActiveRuns(const QString &message)
{
    m_activeRunsMessage = message;
    m_activeError->setText(message);
    m_activeBox->show();
    fitHeight();
}

void DeleteWorkspaceDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fitHeight();
}

void DeleteWorkspaceDialog::retranslateUi()
{
    const bool unsubscribing = m_mode == Mode::Unsubscribe;
    setWindowTitle(unsubscribing ? tr("Unsubscribe") : tr("Delete Workspace"));
    const QList<QPair<QLabel *, QString>> rows = {
        {m_orderValue, tr("Orders:")}, {m_paidValue, tr("Paid:")}, {m_usedValue, tr("Time used:")},
        {m_refundValue, tr("Refund:")}};
    for (const auto &[value, text] : rows)
        if (auto *label = qobject_cast<QLabel *>(m_orderForm->labelForField(value)))
            label->setText(text);
    m_openJobsButton->setText(tr("Open Jobs"));
    m_openJobsButton->setToolTip(tr("Close this dialog and open the workspace's Jobs tab to stop the runs"));
    m_backupButton->setText(tr("Back Up Job Scripts…"));
    m_backupButton->setAccessibleName(tr("Back Up Job Scripts"));
    m_backupButton->setToolTip(tr("Write every job's script and a manifest to a folder you choose"));
    m_confirmLabel->setText(tr("&Enter the workspace name to confirm"));
    m_confirmEdit->setAccessibleName(tr("Enter the workspace name to confirm"));
    m_confirmButton->setText(unsubscribing ? tr("Unsubscribe") : tr("Delete Workspace"));
    m_cancelButton->setText(tr("Cancel"));
    reloadPreview();
    if (!m_activeRunsMessage.isEmpty())
        m_activeError->setText(m_activeRunsMessage);
}

void DeleteWorkspaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeleteWorkspaceDialog::updateConfirmButton()
{
    const bool match = m_exists && DeletionService::confirmationMatches(m_confirmEdit->text(), m_name);
    m_confirmButton->setEnabled(match);
    m_confirmButton->setToolTip(match ? QString() : tr("Enter the workspace name exactly as shown to enable this button."));
}

void DeleteWorkspaceDialog::confirm()
{
    // Enter reaches here only through the enabled default button; checked again for a direct call.
    if (!m_confirmButton->isEnabled())
        return;
    showError(QString());
    m_confirmError->hide();
    const QString typed = m_confirmEdit->text();
    Status status;
    // The feed reports our own delete while the call runs; the dialog closes right after.
    m_submitting = true;
    if (m_mode == Mode::Unsubscribe) {
        // The refund on screen is the refund recorded; a refused one comes back re-quoted below.
        if (!m_quote) {
            // No refund on screen (it could not be read): read it again, and let the user look.
            m_submitting = false;
            reloadPreview();
            return;
        }
        std::optional<Quote> requote;
        const Result<Order> r =
            m_services.deletion.unsubscribe(m_session.identity(), m_workspaceId, typed, *m_quote, &requote);
        if (requote)
            reloadPreview();
        if (r.ok()) {
            m_refund = r.value();
            m_resultMessage = tr("Unsubscribed from workspace %1 and deleted it. Refund: %2 (order %3).")
                                  .arg(m_name, Format::money(-r->amountCents), r->id);
        }
        status = r;
    } else {
        status = m_services.deletion.deleteWorkspace(m_session.identity(), m_workspaceId, typed);
        if (status.ok())
            m_resultMessage = tr("Workspace %1 was deleted. Its OSS directory and DLF catalog were kept.").arg(m_name);
    }
    m_submitting = false;
    if (status.ok()) {
        QDialog::accept();
        return;
    }
    // A run submitted after the dialog opened still blocks: the service said so, show it here.
    if (status.has(ErrorCode::ActiveJobs)) {
        showActiveRuns(status.message(Field::General));
        // The message may have been on screen since the dialog opened, so the click would seem
        // to do nothing: move the focus to the way out beside it and announce the reason again.
        m_openJobsButton->setFocus(Qt::OtherFocusReason);
        Announce::alert(m_activeError);
    }
    if (status.hasField(Field::Confirmation)) {
        m_confirmError->setText(status.message(Field::Confirmation));
        m_confirmError->show();
        fitHeight();
    }
    QStringList other;
    for (const FieldError &e : status.errors())
        if (e.code != ErrorCode::ActiveJobs && e.field != Field::Confirmation)
            other << e.message;
    showError(other.join(QLatin1Char('\n')));
    if (status.has(ErrorCode::NotFound)) {
        m_exists = false;
        updateConfirmButton();
    }
}

void DeleteWorkspaceDialog::backUpJobScripts()
{
    const QString folder = m_chooseFolder(this, tr("Choose a Folder for the Job Scripts"));
    if (folder.isEmpty())
        return;
    QString manifest;
    const Result<int> r = m_services.jobs.backupScripts(m_workspaceId, folder, &manifest);
    // The manifest's real name: an earlier backup in the same folder keeps its manifest.json.
    m_backupResult->setText(r.ok() ? tr("Wrote %n job script file(s) and a manifest (%2) to %1.", nullptr, r.value())
                                         .arg(QDir::toNativeSeparators(folder), manifest)
                                   : tr("Backup failed: %1").arg(r.text()));
    m_backupResult->show();
    fitHeight();
}

bool DeleteWorkspaceDialog::focusNextPrevChild(bool next)
{
    // Tab follows the focus chain set up above. Left to Qt (6.4), Tab from the last button of the
    // button box went back to its first one, so the name field was never reached again.
    QWidget *current = focusWidget();
    if (!current)
        return QDialog::focusNextPrevChild(next);
    QWidget *w = current;
    for (int guard = 0; guard < 1000; ++guard) {
        w = next ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == current)
            break;
        if (w->window() == this && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
            && !w->focusProxy()) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QDialog::focusNextPrevChild(next);
}
