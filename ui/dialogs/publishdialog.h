// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publisher.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QUrl>

#include <atomic>
#include <memory>

class MainWindow;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// File → Publish…: writes the static site of the store's published articles to a folder,
// with progress and Cancel. The publish runs on a worker thread with its own connection to
// the store; cancelling leaves the previous site as it was. The folder and base URL are
// remembered in the settings.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // `storeLocation`: the store to publish (opened again in the worker thread).
    explicit PublishDialog(const QString &storeLocation, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // The folder, base URL, stories per page and "include ready" choice last published with
    // (defaults before).
    static PublishOptions rememberedOptions();
    // What the next dialog starts with (the folder, base URL and "include ready").
    static void rememberOptions(const PublishOptions &options);

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *siteTitleEdit() const { return m_siteTitle; }
    QLineEdit *footerEdit() const { return m_footer; }
    QLineEdit *sectionsEdit() const { return m_sections; }
    QComboBox *houseStyleBox() const { return m_houseStyle; }
    QComboBox *quoteStyleBox() const { return m_quoteStyle; }
    QCheckBox *includeReadyBox() const { return m_includeReady; }
    QCheckBox *fullRebuildBox() const { return m_full; }
    QSpinBox *perPageBox() const { return m_perPage; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Opens the site's front page in the browser; live once a publish has succeeded.
    QPushButton *openSiteButton() const { return m_openSite; }
    // The front page of the site last published from this dialog (empty before).
    QUrl siteUrl() const { return m_siteUrl; }
    QPlainTextEdit *logView() const { return m_log; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    bool isPublishing() const { return m_watcher.isRunning(); }

public slots:
    void startPublish();
    void cancelPublish();

signals:
    void finished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString message;
        PublishReport report;
    };
    void showProgress(const QString &phase, int done, int total);
    void publishFinished();
    void chooseFolder();
    QString warningText(const QString &warning) const;

    QString m_storeLocation;
    QLineEdit *m_folder;
    QLineEdit *m_baseUrl;
    QLineEdit *m_siteTitle;
    QLineEdit *m_footer;
    QLineEdit *m_sections;
    QComboBox *m_houseStyle;
    QComboBox *m_quoteStyle;
    QString m_savedTitle; // as the store has them
    QString m_savedFooter;
    QString m_savedSections; // the menu as JSON
    QString m_savedHouseStyle;
    QString m_savedQuoteStyle;
    QCheckBox *m_includeReady;
    QCheckBox *m_full;
    QSpinBox *m_perPage;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_log;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_openSite;
    QUrl m_siteUrl;
    PublishOptions m_running; // what the publish under way was asked to do
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Outcome> m_watcher;
};

// Adds File → Publish… to the window (before Quit).
void attachPublishing(MainWindow *window);
