#pragma once

#include <QWidget>

class Session;
struct Services;

// The Data Catalogs tab: the default DLF catalog and added ones of the same region (issue 6).
class DataCatalogsTab : public QWidget
{
    Q_OBJECT

public:
    DataCatalogsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void statusMessage(const QString &message);

private:
    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
};
