// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/storestartup.h"

#include "sharing/storesettingsdialog.h"
#include "store/articlestore.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreStartup", text);
}

} // namespace

std::unique_ptr<ArticleStore> openStoreAtStartup(const QString &given, const StoreOpener &open)
{
    QString location = given;
    while (true) {
        QString problem;
        try {
            return open(location);
        } catch (const StoreError &error) {
            problem = StoreSettingsDialog::localProblem(location);
            if (problem.isEmpty())
                problem = error.message();
        }
        const QString shown = location.isEmpty() ? ArticleStore::defaultLocation()
            : isPostgresLocation(location)       ? describePostgresLocation(location)
                                                 : location;
        QMessageBox box(QMessageBox::Warning, tr("Copydesk"),
            tr("Copydesk cannot open the store %1.").arg(shown));
        box.setInformativeText(problem);
        QPushButton *choose = box.addButton(tr("Choose Another Store…"), QMessageBox::AcceptRole);
        choose->setObjectName(QStringLiteral("chooseAnotherStore"));
        QPushButton *fallback = nullptr;
        const bool isDefault = location.isEmpty() || location == ArticleStore::defaultLocation();
        if (!isDefault) {
            fallback = box.addButton(tr("Open the Default Store"), QMessageBox::ActionRole);
            fallback->setObjectName(QStringLiteral("openDefaultStore"));
        }
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
        box.setDefaultButton(choose);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == choose) {
            StoreSettingsDialog dialog(shown);
            if (dialog.exec() == QDialog::Accepted)
                location = dialog.location();
        } else if (fallback && box.clickedButton() == fallback) {
            location = ArticleStore::defaultLocation();
        } else {
            return nullptr;
        }
    }
}
