// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

// File → Store…: which store Copydesk opens (an SQLite file or a shared PostgreSQL server),
// with a connection test that runs off the GUI thread. Save runs the test first and keeps a
// store only when it passes: a store that cannot be opened would lock the reporter out at the
// next start. The address is kept in the settings without a password: passwords come from
// PGPASSWORD or ~/.pgpass. Empty means the default store.
class StoreSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StoreSettingsDialog(const QString &current, QWidget *parent = nullptr);

    QString location() const;
    QLineEdit *locationEdit() const { return m_location; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    // The store chosen here, if any (settings key "store/location").
    static QString savedLocation();
    static void saveLocation(const QString &location);

    QPushButton *saveButton() const { return m_save; }

    struct TestResult
    {
        bool ok = false;
        QString message;
    };
    // Opens the store at `location` in this thread, for the test (may wait for the network).
    static TestResult test(const QString &location);
    // Why no store file can be at `location`, in the interface's language (a folder, a file
    // that cannot be read, no folder to create it in); empty when nothing is known to be
    // wrong before trying (a PostgreSQL server, an existing file).
    static QString localProblem(const QString &location);

private:
    void testConnection();
    void onTested();

    QLineEdit *m_location;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_result;
    QFutureWatcher<TestResult> m_testWatcher;
    QString m_testing; // the location the running test is about
    bool m_saveWhenTested = false;
};
