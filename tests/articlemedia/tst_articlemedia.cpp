// SPDX-License-Identifier: GPL-3.0-or-later
// An article's photo list: its JSON, its rules, and the renditions a page names.
#include "model/article.h"
#include "model/articlemedia.h"

#include <QJsonDocument>
#include <QtTest>

using Copydesk::Photo;

namespace {

Photo photo(const QString &id, bool lead = false)
{
    Photo p;
    p.id = id;
    p.sha256 = QString(64, u'a');
    p.filename = QStringLiteral("ferry.jpg");
    p.mime = QStringLiteral("image/jpeg");
    p.width = 4000;
    p.height = 3000;
    p.bytes = 123456;
    p.caption = QStringLiteral("首班渡轮");
    p.lead = lead;
    return p;
}

} // namespace

class TestArticleMedia : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughJson();
    void rules_data();
    void rules();
    void wrongTypesAreNamed();
    void renditions_data();
    void renditions();
};

void TestArticleMedia::roundTripsThroughJson()
{
    Article a;
    a.headline = QStringLiteral("Ferry");
    a.media = {photo(QStringLiteral("p1"), true), photo(QStringLiteral("p2"))};
    QString error;
    const auto back = Article::fromJson(a.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->media, a.media);
    QCOMPARE(Copydesk::leadPhoto(back->media)->id, QStringLiteral("p1"));
    QCOMPARE(Copydesk::findPhoto(back->media, u"p2")->caption, QStringLiteral("首班渡轮"));
    QVERIFY(!Copydesk::findPhoto(back->media, u"p3"));
    const QString fresh = Photo::newId(a.media);
    QVERIFY(!Copydesk::findPhoto(a.media, fresh));
    QVERIFY(Copydesk::validateMedia(a.media + QList<Photo> {photo(fresh)}).isEmpty());
}

void TestArticleMedia::rules_data()
{
    QTest::addColumn<QList<Photo>>("media");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QList<Photo> {photo(QStringLiteral("p1"), true)} << QString();
    QTest::newRow("two leads") << QList<Photo> {photo(QStringLiteral("p1"), true),
        photo(QStringLiteral("p2"), true)}
                               << QStringLiteral("lead photo");
    QTest::newRow("same id twice")
        << QList<Photo> {photo(QStringLiteral("p1")), photo(QStringLiteral("p1"))}
        << QStringLiteral("two photos have the id");
    QTest::newRow("id with a slash")
        << QList<Photo> {photo(QStringLiteral("../p1"))} << QStringLiteral("may hold only");
    Photo badHash = photo(QStringLiteral("p1"));
    badHash.sha256 = QStringLiteral("abc");
    QTest::newRow("short hash") << QList<Photo> {badHash} << QStringLiteral("SHA-256");
    Photo longCaption = photo(QStringLiteral("p1"));
    longCaption.caption = QString(6000, u'x');
    QTest::newRow("caption too long") << QList<Photo> {longCaption} << QStringLiteral("at most");
}

void TestArticleMedia::rules()
{
    QFETCH(QList<Photo>, media);
    QFETCH(QString, problem);
    const QString error = Copydesk::validateMedia(media);
    if (problem.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(problem), qPrintable(error));
    Article a;
    a.media = media;
    QCOMPARE(a.validate().isEmpty(), problem.isEmpty());
}

void TestArticleMedia::wrongTypesAreNamed()
{
    QString error;
    const QJsonObject json =
        QJsonDocument::fromJson(R"({"headline": "x", "media": [{"id": "p1", "sha256": 5}]})")
            .object();
    QVERIFY(!Article::fromJson(json, &error));
    QVERIFY2(error.contains(u"media.sha256"), qPrintable(error));
    QVERIFY(!Article::fromJson(QJsonDocument::fromJson(R"({"media": {}})").object(), &error));
    QVERIFY2(error.contains(u"\"media\" must be a list"), qPrintable(error));
}

void TestArticleMedia::renditions_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QList<int>>("widths");
    QTest::newRow("large") << 4000 << QList<int> {480, 960, 1600};
    QTest::newRow("exactly 1600") << 1600 << QList<int> {480, 960, 1600};
    QTest::newRow("between") << 700 << QList<int> {480, 700};
    QTest::newRow("small") << 300 << QList<int> {300};
}

void TestArticleMedia::renditions()
{
    QFETCH(int, width);
    QFETCH(QList<int>, widths);
    QCOMPARE(Copydesk::renditionWidths(width), widths);
    QCOMPARE(Copydesk::renditionHeight(2400, 1600, 1600), 1067);
    QCOMPARE(Copydesk::renditionPath(QString(64, u'b'), 480, u"webp"),
        QStringLiteral("media/v1-bbbbbbbbbbbbbbbbbbbb-480.webp"));
}

QTEST_GUILESS_MAIN(TestArticleMedia)
#include "tst_articlemedia.moc"
