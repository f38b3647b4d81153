#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class AppSettings;
class LanguageManager;
class NoticeBar;
class Session;
class SparkPage;
class Services;

// The console window: the Spark page in the middle, the signed-in identity in a row above it,
// View -> Language for switching language at run time, and a status bar for results.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services &services, Session &session, LanguageManager &languages, AppSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SparkPage *sparkPage() const { return m_page; }
    QComboBox *identityCombo() const { return m_identityCombo; }
    QMenu *languageMenu() const { return m_languageMenu; }
    NoticeBar *noticeBar() const { return m_notice; }

public slots:
    void showBillingHistory();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillIdentities();
    void saveState();

    Services &m_services;
    Session &m_session;
    LanguageManager &m_languages;
    AppSettings &m_settings;
    SparkPage *m_page = nullptr;
    NoticeBar *m_notice = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_workspaceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_billingAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_identityLabel = nullptr;
    QComboBox *m_identityCombo = nullptr;
};
