// SPDX-License-Identifier: GPL-3.0-or-later
// A story's life in the model: the times a reporter types, when a story is due, and
// corrections as JSON that `show --json` prints and the store keeps.
#include "model/article.h"
#include "model/storylife.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using Copydesk::Correction;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestStoryLife : public QObject
{
    Q_OBJECT

private slots:
    void reporterTimes_data();
    void reporterTimes();
    void due_data();
    void due();
    void correctionsRoundTrip();
    void badCorrections_data();
    void badCorrections();
    void onlyAppends();
    void articleFields();
    void setFieldTimes();
    void clock();
};

void TestStoryLife::reporterTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime eight = utc(2026, 12, 3, 0, 0);
    QTest::newRow("offset") << "2026-12-03T08:00:00+08:00"
                            << "Asia/Shanghai" << eight;
    QTest::newRow("Z") << "2026-12-03T00:00:00Z"
                       << "America/New_York" << eight;
    QTest::newRow("with ms") << "2026-12-03T00:00:00.000Z"
                             << "UTC" << eight;
    QTest::newRow("local Shanghai") << "2026-12-03 08:00"
                                    << "Asia/Shanghai" << eight;
    QTest::newRow("local Taipei with T") << "2026-12-03T08:00"
                                         << "Asia/Taipei" << eight;
    QTest::newRow("local New York") << "2026-12-02 19:00:00"
                                    << "America/New_York" << eight;
    QTest::newRow("padded") << "  2026-12-03 08:00 "
                            << "Asia/Shanghai" << eight;
    QTest::newRow("empty") << ""
                           << "UTC" << QDateTime();
    QTest::newRow("words") << "tomorrow 8am"
                           << "UTC" << QDateTime();
    QTest::newRow("date alone") << "2026-12-03"
                                << "UTC" << QDateTime();
    QTest::newRow("no such hour") << "2026-12-03 25:00"
                                  << "UTC" << QDateTime();
}

void TestStoryLife::reporterTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Copydesk::parseReporterTime(text, QTimeZone(zone.toLatin1()));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestStoryLife::due_data()
{
    QTest::addColumn<QDateTime>("publishAt");
    QTest::addColumn<QDateTime>("embargoUntil");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("embargoed");
    QTest::addColumn<QDateTime>("dueAt");
    const QDateTime past = utc(2026, 12, 1, 0, 0);
    const QDateTime future = utc(2026, 12, 9, 0, 0);
    const QDateTime later = utc(2026, 12, 10, 0, 0);
    QTest::newRow("neither") << QDateTime() << QDateTime() << true << false << QDateTime();
    QTest::newRow("schedule passed") << past << QDateTime() << true << false << past;
    QTest::newRow("scheduled") << future << QDateTime() << false << false << future;
    QTest::newRow("embargo passed") << QDateTime() << past << true << false << past;
    QTest::newRow("embargoed") << QDateTime() << future << false << true << future;
    QTest::newRow("schedule before embargo") << future << later << false << true << later;
    QTest::newRow("embargo before schedule") << later << future << false << true << later;
    QTest::newRow("schedule due, embargo not") << past << future << false << true << future;
}

void TestStoryLife::due()
{
    QFETCH(QDateTime, publishAt);
    QFETCH(QDateTime, embargoUntil);
    QFETCH(bool, due);
    QFETCH(bool, embargoed);
    QFETCH(QDateTime, dueAt);
    Article a;
    a.publishAt = publishAt;
    a.embargoUntil = embargoUntil;
    const QDateTime now = utc(2026, 12, 3, 12, 0);
    QCOMPARE(Copydesk::isDue(a, now), due);
    QCOMPARE(Copydesk::isEmbargoed(a, now), embargoed);
    QCOMPARE(Copydesk::dueAt(a), dueAt);
    // At the time it falls due, exactly, it is due.
    if (dueAt.isValid())
        QVERIFY(Copydesk::isDue(a, dueAt));
}

void TestStoryLife::correctionsRoundTrip()
{
    const QList<Correction> entries {
        {Correction::Kind::Correction, QStringLiteral("姓名应为王小明。"), utc(2026, 12, 2, 6, 30),
            QStringLiteral("李华")},
        {Correction::Kind::Update, QStringLiteral("Police have named the driver."),
            utc(2026, 12, 2, 14, 30), QStringLiteral("desk")},
        {Correction::Kind::Clarification, QStringLiteral("The fee applies to new accounts."),
            utc(2026, 12, 3, 1, 0), QString()},
    };
    const QJsonArray json = Copydesk::correctionsToJson(entries);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("correction"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("time")).toString(),
        QStringLiteral("2026-12-02T14:30:00.000Z"));
    QCOMPARE(json.at(2).toObject().keys(),
        (QStringList {QStringLiteral("author"), QStringLiteral("kind"), QStringLiteral("text"),
            QStringLiteral("time")}));
    QString error;
    QCOMPARE(Copydesk::correctionsFromJson(json, &error), entries);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStoryLife::badCorrections_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not a list") << QByteArray("{\"kind\":\"update\"}") << "must be a list";
    QTest::newRow("unknown kind")
        << QByteArray(R"([{"kind":"retraction","text":"x","time":"2026-12-02T00:00:00Z"}])")
        << "corrections[0]: a correction's kind must be one of: correction, clarification, update";
    QTest::newRow("no text") << QByteArray(R"([{"kind":"update","time":"2026-12-02T00:00:00Z"}])")
                             << "needs its text";
    QTest::newRow("no time") << QByteArray(R"([{"kind":"update","text":"x"}])")
                             << "time must be an ISO 8601 time";
    QTest::newRow("number text") << QByteArray(
        R"([{"kind":"update","text":5,"time":"2026-12-02T00:00:00Z"}])")
                                 << "text must be text";
    QTest::newRow("second entry") << QByteArray(
        R"([{"kind":"update","text":"x","time":"2026-12-02T00:00:00Z"},7])")
                                  << "corrections[1]: a correction must be an object";
}

void TestStoryLife::badCorrections()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QJsonObject object {{QStringLiteral("corrections"),
        QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(QStringLiteral("v"))}};
    QString error;
    QVERIFY(!Article::fromJson(object, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

void TestStoryLife::onlyAppends()
{
    const Correction a {
        Correction::Kind::Correction, QStringLiteral("a"), utc(2026, 12, 1, 0, 0), {}};
    const Correction b {Correction::Kind::Update, QStringLiteral("b"), utc(2026, 12, 2, 0, 0), {}};
    Correction aEdited = a;
    aEdited.text = QStringLiteral("a, quietly");
    QVERIFY(Copydesk::onlyAppends({}, {}));
    QVERIFY(Copydesk::onlyAppends({}, {a}));
    QVERIFY(Copydesk::onlyAppends({a}, {a, b}));
    QVERIFY(!Copydesk::onlyAppends({a, b}, {a}));
    QVERIFY(!Copydesk::onlyAppends({a}, {aEdited, b}));
    QVERIFY(!Copydesk::onlyAppends({a, b}, {b, a}));
}

void TestStoryLife::articleFields()
{
    Article a;
    a.headline = QStringLiteral("Embargoed report");
    a.publishAt = utc(2026, 12, 4, 0, 0);
    a.embargoUntil = utc(2026, 12, 3, 0, 0);
    a.killNotice = QStringLiteral("本文已撤回。");
    a.corrections = {{Correction::Kind::Update, QStringLiteral("u"), utc(2026, 12, 5, 0, 0),
        QStringLiteral("me")}};
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(QStringLiteral("publish_at")).toString(),
        QStringLiteral("2026-12-04T00:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("embargo_until")).toString(),
        QStringLiteral("2026-12-03T00:00:00.000Z"));
    // A schedule before the embargo lifts is no article a store holds.
    Article early = a;
    early.publishAt = utc(2026, 12, 2, 0, 0);
    QVERIFY(early.validate().contains(QStringLiteral("embargoed until 2026-12-03T00:00:00")));
    QCOMPARE(json.value(QStringLiteral("kill_notice")).toString(), QStringLiteral("本文已撤回。"));
    QString error;
    const auto back = Article::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, a);

    // An article without them prints null, null, [] and "".
    const QJsonObject plain = Article().toJson();
    QVERIFY(plain.value(QStringLiteral("publish_at")).isNull());
    QVERIFY(plain.value(QStringLiteral("embargo_until")).isNull());
    QCOMPARE(plain.value(QStringLiteral("corrections")).toArray().size(), 0);
    QCOMPARE(plain.value(QStringLiteral("kill_notice")).toString(), QString());

    // Control characters never reach the page from a correction.
    a.corrections.first().text = QStringLiteral("bad\x1b[31m text");
    a.stripControlCharacters();
    QCOMPARE(a.corrections.first().text, QStringLiteral("bad[31m text"));
}

void TestStoryLife::setFieldTimes()
{
    Article a;
    QVERIFY(a.setField(QStringLiteral("publish_at"), QStringLiteral("2026-12-03T08:00:00+08:00"))
                .isEmpty());
    QCOMPARE(a.publishAt, utc(2026, 12, 3, 0, 0));
    QVERIFY(a.setField(QStringLiteral("publish_at"), QString()).isEmpty());
    QVERIFY(!a.publishAt.isValid());
    const QString error = a.setField(QStringLiteral("embargo_until"), QStringLiteral("soon"));
    QVERIFY2(error.contains(QStringLiteral("embargo_until must be a time")), qPrintable(error));
    QVERIFY(!a.embargoUntil.isValid());
    QVERIFY(a.setField(QStringLiteral("kill_notice"), QStringLiteral(" Legal. ")).isEmpty());
    QCOMPARE(a.killNotice, QStringLiteral("Legal."));
    QVERIFY(Article::editableFields().contains(QStringLiteral("embargo_until")));
    // Corrections are added by `copydesk correct`, never set wholesale.
    QVERIFY(!a.setField(QStringLiteral("corrections"), QStringLiteral("[]")).isEmpty());
}

void TestStoryLife::clock()
{
    qputenv("COPYDESK_NOW", "2026-12-03T08:00:00+08:00");
    const qint64 off = utc(2026, 12, 3, 0, 0).msecsTo(Copydesk::currentTime());
    QVERIFY2(off >= 0 && off < 1000, qPrintable(QString::number(off)));
    qputenv("COPYDESK_NOW", "not a time");
    QVERIFY(qAbs(Copydesk::currentTime().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    qunsetenv("COPYDESK_NOW");
    QVERIFY(qAbs(Copydesk::currentTime().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

QTEST_GUILESS_MAIN(TestStoryLife)
#include "tst_storylife.moc"
