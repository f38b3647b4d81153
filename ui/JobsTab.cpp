#include "JobsTab.h"

#include "Services.h"
#include "Session.h"

JobsTab::JobsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
}

void JobsTab::refresh()
{
}
