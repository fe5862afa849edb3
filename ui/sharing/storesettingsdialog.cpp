// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/storesettingsdialog.h"

#include "settings/editorsettings.h"
#include "store/articlestore.h"
#include "store/sqldialect.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent>

namespace {
const QString kLocationKey = QStringLiteral("store/location");
} // namespace

StoreSettingsDialog::StoreSettingsDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Store"));
    m_location = new QLineEdit(current, this);
    m_location->setPlaceholderText(tr("postgresql://user@host:5432/newsroom or a file path"));
    m_location->setMinimumWidth(420);
    m_test = new QPushButton(tr("Test Connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint =
        new QLabel(tr("Passwords are not stored here: Copydesk uses PGPASSWORD or ~/.pgpass. "
                      "The new store is used the next time Copydesk starts."),
            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        saveLocation(location());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &StoreSettingsDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_result->setText(m_testWatcher.result());
        m_test->setEnabled(true);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Store:"), m_location);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_result);
    form->addRow(hint);
    form->addRow(buttons);
}

QString StoreSettingsDialog::location() const
{
    const QString text = m_location->text().trimmed();
    // A password typed into the address is used for the test but never kept.
    return isPostgresLocation(text) ? QUrl(text).toString(QUrl::RemovePassword) : text;
}

void StoreSettingsDialog::testConnection()
{
    const QString location = m_location->text().trimmed();
    if (location.isEmpty())
        return;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    // Opening a store can wait for the network: a worker thread opens its own connection.
    m_testWatcher.setFuture(QtConcurrent::run([location] {
        try {
            if (!isPostgresLocation(location) && !QFileInfo::exists(location))
                return tr("There is no store at %1 yet; it will be created.").arg(location);
            auto store = ArticleStore::open(location);
            return tr("Connected. Articles: %n; schema %1.", nullptr, store->count())
                .arg(store->schemaVersion());
        } catch (const StoreError &error) {
            return tr("Cannot connect: %1").arg(error.message());
        }
    }));
}

QString StoreSettingsDialog::savedLocation()
{
    return EditorSettings::instance()->store().value(kLocationKey).toString();
}

void StoreSettingsDialog::saveLocation(const QString &location)
{
    EditorSettings::instance()->store().setValue(kLocationKey, location);
}
