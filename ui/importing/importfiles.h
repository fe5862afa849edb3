// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class MainWindow;
class QLabel;
class QTreeWidget;

// What became of one file the reporter imported.
struct FileImport
{
    QString path;
    QString id; // empty when it was not imported
    QString headline;
    QStringList warnings; // every change the importer made to the copy
    QString error; // why it was not imported
};

// The report of an import from the editor: each file with its headline and what the importer
// changed, or why it could not be read. Double-clicking a file opens its story.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QList<FileImport> &imports, MainWindow *window);

    QString summary() const;
    QTreeWidget *files() const { return m_files; }

private:
    QLabel *m_summary;
    QTreeWidget *m_files;
};

// Imports the files as new articles, as `copydesk import` does: read off the GUI thread,
// stored one by one from it (the store's connection stays in its thread). When done, the
// first story imported is opened, and the report shown when there is anything to report
// (a warning or a file that failed). Returns at once.
void importFiles(MainWindow *window, const QStringList &paths);

// File → Import… and files dropped on the article list.
void attachFileImport(MainWindow *window);
