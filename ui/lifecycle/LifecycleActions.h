#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;
class Services;
class Session;

// The lifecycle dialogs for any screen that shows a workspace (the list's row actions, the
// Overview tab): whether an action applies, and opening its dialog. Each open function shows the
// dialog modally and returns the sentence for the status bar, empty when nothing changed.
namespace LifecycleActions {

enum class Action { Renew, AutoRenew, ConvertToSubscription };

// The action's name as a menu or button shows it (translated).
QString label(Action action);
// Ok when the signed-in identity may do action on w; else why not (translated), for a disabled
// control's tooltip. Renew and auto-renew are for subscriptions, conversion for pay-as-you-go;
// who may: Permissions::canChangeSubscription (the same as an upgrade).
Status check(Action action, const Session &session, const std::optional<Workspace> &w);

QString renew(QWidget *parent, Services &services, Session &session, const QString &workspaceId);
QString changeAutoRenew(QWidget *parent, Services &services, Session &session, const QString &workspaceId);
QString convertToSubscription(QWidget *parent, Services &services, Session &session, const QString &workspaceId);
// One of the three by action.
QString open(Action action, QWidget *parent, Services &services, Session &session, const QString &workspaceId);

} // namespace LifecycleActions
