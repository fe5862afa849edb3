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
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (location().isEmpty()) { // the default store
            saveLocation(QString());
            accept();
            return;
        }
        m_saveWhenTested = true;
        testConnection();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &StoreSettingsDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<TestResult>::finished, this,
        &StoreSettingsDialog::onTested);
    connect(m_location, &QLineEdit::textEdited, this, [this] { m_saveWhenTested = false; });

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
    if (location.isEmpty() || m_testWatcher.isRunning())
        return;
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    m_testing = location;
    // Opening a store can wait for the network: a worker thread opens its own connection.
    m_testWatcher.setFuture(QtConcurrent::run([location] { return test(location); }));
}

void StoreSettingsDialog::onTested()
{
    const TestResult result = m_testWatcher.result();
    m_result->setText(result.message);
    m_test->setEnabled(true);
    m_save->setEnabled(true);
    const bool save = std::exchange(m_saveWhenTested, false);
    if (!save)
        return;
    if (!result.ok || m_testing != m_location->text().trimmed()) {
        m_location->setFocus();
        return; // the message says why; the reporter corrects the address or cancels
    }
    saveLocation(location());
    accept();
}

QString StoreSettingsDialog::localProblem(const QString &location)
{
    if (location.isEmpty() || isPostgresLocation(location))
        return {};
    const QFileInfo file(location);
    if (file.isDir())
        return tr("%1 is a folder, not a Copydesk store. Choose the store's file in it (such as "
                  "copydesk.sqlite), or type the name of a new one.")
            .arg(location);
    if (file.exists() && !file.isReadable())
        return tr("Cannot read %1: permission denied.").arg(location);
    if (!file.exists()) {
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return tr("Cannot create a store at %1: there is no folder %2.")
                .arg(location, folder.filePath());
        if (!folder.isWritable())
            return tr("Cannot create a store at %1: the folder %2 is not writable.")
                .arg(location, folder.filePath());
    }
    return {};
}

StoreSettingsDialog::TestResult StoreSettingsDialog::test(const QString &location)
{
    if (const QString problem = localProblem(location); !problem.isEmpty())
        return {false, problem};
    try {
        if (!isPostgresLocation(location) && !QFileInfo::exists(location))
            return {true, tr("There is no store at %1 yet; it will be created.").arg(location)};
        auto store = ArticleStore::open(location);
        return {true,
            tr("Connected. Articles: %n; schema %1.", nullptr, store->count())
                .arg(store->schemaVersion())};
    } catch (const StoreError &error) {
        // The store's own words are English (they are the command line's too): a file that
        // is there but does not open is said in the interface's language, the detail after.
        if (!isPostgresLocation(location))
            return {false,
                tr("%1 is not a Copydesk store, or it is damaged. (%2)")
                    .arg(location, error.message())};
        return {false, tr("Cannot connect: %1").arg(error.message())};
    }
}

QString StoreSettingsDialog::savedLocation()
{
    return EditorSettings::instance()->store().value(kLocationKey).toString();
}

void StoreSettingsDialog::saveLocation(const QString &location)
{
    EditorSettings::instance()->store().setValue(kLocationKey, location);
}
