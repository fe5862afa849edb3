// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an article-sized text file: where invalid UTF-8 is, said by line and byte.
#include "model/articlefile.h"

#include <QtTest>

class TestArticleFile : public QObject
{
    Q_OBJECT

private slots:
    void invalidUtf8IsPlaced_data();
    void invalidUtf8IsPlaced();
    void validTextIsRead();
};

void TestArticleFile::invalidUtf8IsPlaced_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("byte");
    QTest::newRow("latin-1 on line 1") << QByteArray("Caf\xE9 society") << 1 << 3;
    QTest::newRow("second line") << QByteArray("fine\nna\xEFve") << 2 << 7;
    // A real U+FFFD (EF BF BD) before the bad byte is text, not the error.
    QTest::newRow("replacement character first") << QByteArray("\xEF\xBF\xBD ok \xFF") << 1 << 7;
    QTest::newRow("chinese then a cut sequence") << QByteArray("记者\n\xE8\xAE") << 2 << 7;
    QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << 1 << 1;
    QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 1 << 2;
    QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 1 << 0;
    QTest::newRow("lone continuation after emoji") << QByteArray("\xF0\x9F\x93\xB0\x80") << 1 << 4;
}

void TestArticleFile::invalidUtf8IsPlaced()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, byte);
    QString error;
    QVERIFY(!ArticleFile::decodeUtf8(bytes, QStringLiteral("story.md"), &error));
    QVERIFY2(error.contains(QStringLiteral("(line %1, byte %2)").arg(line).arg(byte)),
        qPrintable(error));
    QVERIFY(error.contains(u"story.md"));
}

void TestArticleFile::validTextIsRead()
{
    QString error;
    const auto text = ArticleFile::decodeUtf8(
        QByteArray("\xEF\xBB\xBF\xE8\xAE\xB0\xE8\x80\x85\r\n\xEF\xBF\xBD\xF0\x9F\x93\xB0"),
        QStringLiteral("story.md"), &error);
    QVERIFY2(text, qPrintable(error));
    QCOMPARE(*text, QString::fromUtf8("记者\n\xEF\xBF\xBD\xF0\x9F\x93\xB0"));
}

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"
