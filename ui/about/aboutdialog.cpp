// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"

#include "about/versions.h"

#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

QString aboutText()
{
    QString components;
    const QStringList lines = componentVersions().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        components += line.toHtmlEscaped() + QStringLiteral("<br>");
    return QStringLiteral("<h3>Copydesk %1</h3><p>%2</p><p>%3<br>%4</p><p><small>%5</small></p>")
        .arg(QStringLiteral(COPYDESK_VERSION).toHtmlEscaped(),
            QCoreApplication::translate(
                "AboutDialog", "A newsroom editor for Chinese and English copy.")
                .toHtmlEscaped(),
            QCoreApplication::translate(
                "AboutDialog", "Licensed under the GNU General Public License, version 3 or later.")
                .toHtmlEscaped(),
            QStringLiteral("<a href=\"https://copydesk.invalid\">https://copydesk.invalid</a>"),
            components);
}

QMessageBox *showAboutDialog(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QCoreApplication::translate("AboutDialog", "About Copydesk"));
    box->setTextFormat(Qt::RichText);
    box->setText(aboutText());
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    const QIcon icon = applicationIcon();
    if (!icon.isNull())
        box->setIconPixmap(icon.pixmap(64, 64));
    box->open();
    return box;
}

QIcon applicationIcon()
{
    const QString id = QStringLiteral(COPYDESK_APP_ID);
    if (QIcon::hasThemeIcon(id))
        return QIcon::fromTheme(id);
    // Installed to a prefix the icon theme does not search: bin/../share/icons/hicolor.
    const QDir hicolor(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/icons/hicolor"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString png = hicolor.filePath(QStringLiteral("%1x%1/apps/%2.png").arg(size).arg(id));
        if (QFileInfo::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}
