// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

// File → Store…: which store Copydesk opens (an SQLite file or a shared PostgreSQL server),
// with a connection test that runs off the GUI thread. The address is kept in the settings
// without a password: passwords come from PGPASSWORD or ~/.pgpass.
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

private:
    void testConnection();

    QLineEdit *m_location;
    QPushButton *m_test;
    QLabel *m_result;
    QFutureWatcher<QString> m_testWatcher;
};
