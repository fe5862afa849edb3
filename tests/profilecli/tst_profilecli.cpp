// SPDX-License-Identifier: GPL-3.0-or-later
// Content profiles through the command line (issue 14): `profile show|set` kept in the store
// (SQLite and a real PostgreSQL server), `check ID --publish` listing what stands between a
// story and publication, and `edit --set status=published` refused until it is fixed or
// overruled with --force --reason, the reason kept in the revision.
#include "postgresserver.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

// The items of `check --publish --json` as "rule|field|severity".
QStringList items(const Run &run)
{
    QStringList found;
    for (const QJsonValue &value : run.json().array()) {
        const QJsonObject item = value.toObject();
        found << item.value(u"rule").toString() + u'|' + item.value(u"field").toString() + u'|'
                + item.value(u"severity").toString();
    }
    return found;
}

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void profilesRefuseAndForceRecords_data();
    void profilesRefuseAndForceRecords();
    void sectionProfiles();
    void publishIncludeReadyAppliesProfiles();
    void spellingAndStyleBlock();
    void badProfiles_data();
    void badProfiles();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_store, arguments, input);
    }
    QString newStory(const QStringList &extra = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;
};

void TestProfileCli::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QByteArray("/nonexistent-config"));
}

void TestProfileCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
}

QString TestProfileCli::newStory(const QStringList &extra)
{
    const Run created = cli(
        QStringList {u"new"_qs, u"--headline"_qs, u"Council approves the bridge repair budget"_qs}
        + extra);
    if (created.exitCode != 0)
        qWarning() << created.errText();
    return created.outText().trimmed();
}

void TestProfileCli::profilesRefuseAndForceRecords_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestProfileCli::profilesRefuseAndForceRecords()
{
    QFETCH(QString, backend);
    if (backend == u"postgresql") {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): profiles are not tested on it");
        if (!m_server) {
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        }
        m_store = m_server->createDatabase(QStringLiteral("profiles_%1").arg(++m_databases));
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_server->error()));
    }
    const QString id = newStory();
    QVERIFY(!id.isEmpty());
    // No profile: nothing is required, as before profiles.
    Run check = cli({u"check"_qs, id, u"--publish"_qs, u"--json"_qs});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.json().array().size(), 0);

    const QString profile = m_dir->filePath(QStringLiteral("profile.json"));
    {
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"required": ["bylines", "dateline.source", "deck", "lead_photo"],
                       "max_chars": {"headline": 30}})");
    }
    QCOMPARE(cli({u"profile"_qs, u"set"_qs, u"--file"_qs, profile}).exitCode, 0);
    const Run shown = cli({u"profile"_qs, u"show"_qs, u"--json"_qs});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(u"required").toArray().size(), 4);
    QCOMPARE(shown.json().object().value(u"max_chars").toObject().value(u"headline").toInt(), 30);
    QCOMPARE(shown.json().object().value(u"spelling").toBool(), false);

    check = cli({u"check"_qs, id, u"--publish"_qs, u"--json"_qs});
    QCOMPARE(check.exitCode, 4);
    QCOMPARE(items(check),
        (QStringList {u"required|bylines|error"_qs, u"required|dateline.source|error"_qs,
            u"required|deck|error"_qs, u"required|lead_photo|error"_qs,
            u"max-chars|headline|error"_qs}));
    const Run plain = cli({u"check"_qs, id, u"--publish"_qs});
    QCOMPARE(plain.exitCode, 4);
    QVERIFY2(plain.outText().contains(u"#headline: error [max-chars] headline has 41 characters; "
                                      u"at most 30"_qs),
        qPrintable(plain.outText()));

    // Publishing is refused with the list, and nothing is saved.
    Run publish = cli({u"edit"_qs, id, u"--set"_qs, u"status=published"_qs});
    QCOMPARE(publish.exitCode, 1);
    QVERIFY2(publish.errText().contains(u"not published"_qs), qPrintable(publish.errText()));
    QVERIFY2(publish.errText().contains(u"dateline.source"_qs), qPrintable(publish.errText()));
    QCOMPARE(cli({u"show"_qs, id, u"--json"_qs}).json().object().value(u"status").toString(),
        u"draft"_qs);
    QCOMPARE(cli({u"history"_qs, id, u"--json"_qs}).json().array().size(), 1);
    // --force needs a reason, and the reason is kept in the revision.
    QCOMPARE(cli({u"edit"_qs, id, u"--set"_qs, u"status=published"_qs, u"--force"_qs}).exitCode, 1);
    publish = cli({u"edit"_qs, id, u"--set"_qs, u"status=published"_qs, u"--force"_qs,
        u"--reason"_qs, u"Breaking news: photo to follow"_qs});
    QCOMPARE(publish.exitCode, 0);
    const QJsonObject forced = cli({u"show"_qs, id, u"--json"_qs}).json().object();
    QCOMPARE(forced.value(u"status").toString(), u"published"_qs);
    QVERIFY2(forced.value(u"notes").toString().contains(u"Breaking news: photo to follow"_qs),
        qPrintable(forced.value(u"notes").toString()));
    QVERIFY(forced.value(u"notes").toString().contains(u"no lead photo"_qs));

    // A story that meets the profile goes out without --force.
    const QString ready = newStory({u"--section"_qs, u"Local"_qs});
    QCOMPARE(cli({u"edit"_qs, ready, u"--set"_qs, u"headline=Bridge budget approved"_qs,
                     u"--set"_qs, u"deck=Repairs start in spring"_qs, u"--set"_qs,
                     uR"(bylines=[{"name":"Maria Santos","role":"","affiliation":""}])"_qs,
                     u"--set"_qs, u"dateline.source=Springfield Daily"_qs})
                 .exitCode,
        0);
    check = cli({u"check"_qs, ready, u"--publish"_qs, u"--json"_qs});
    QCOMPARE(items(check), QStringList {u"required|lead_photo|error"_qs});
    // Without a lead photo requirement it passes.
    {
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"required": ["bylines", "dateline.source", "deck"]})");
    }
    QCOMPARE(cli({u"profile"_qs, u"set"_qs, u"--file"_qs, profile}).exitCode, 0);
    QCOMPARE(cli({u"check"_qs, ready, u"--publish"_qs}).exitCode, 0);
    QCOMPARE(cli({u"edit"_qs, ready, u"--set"_qs, u"status=published"_qs}).exitCode, 0);
}

void TestProfileCli::sectionProfiles()
{
    const QString sports = newStory({u"--section"_qs, u"Sports"_qs});
    const QString local = newStory({u"--section"_qs, u"Local"_qs});
    QCOMPARE(cli({u"profile"_qs, u"set"_qs, u"Sports"_qs, u"--file"_qs, u"-"_qs},
                 R"({"required": ["tags"]})")
                 .exitCode,
        0);
    QCOMPARE(items(cli({u"check"_qs, sports, u"--publish"_qs, u"--json"_qs})),
        QStringList {u"required|tags|error"_qs});
    QCOMPARE(cli({u"check"_qs, local, u"--publish"_qs}).exitCode, 0);
    const Run inherited = cli({u"profile"_qs, u"show"_qs, u"Local"_qs, u"--json"_qs});
    QCOMPARE(inherited.json().object().value(u"inherited").toBool(), true);
    QCOMPARE(cli({u"profile"_qs, u"show"_qs, u"Sports"_qs, u"--json"_qs})
                 .json()
                 .object()
                 .value(u"inherited")
                 .toBool(),
        false);
    QCOMPARE(cli({u"profile"_qs, u"set"_qs, u"Sports"_qs, u"--clear"_qs}).exitCode, 0);
    QCOMPARE(cli({u"check"_qs, sports, u"--publish"_qs}).exitCode, 0);
}

// `publish --include-ready` sets ready stories published, so their profiles apply: a story
// they block stays off the site, named with what blocks it (exit 1, the rest published), until
// it meets them or --force --reason overrules them.
void TestProfileCli::publishIncludeReadyAppliesProfiles()
{
    const QString blocked = newStory({u"--section"_qs, u"Sports"_qs});
    const QString fine = newStory({u"--section"_qs, u"Local"_qs});
    QCOMPARE(cli({u"edit"_qs, blocked, u"--set"_qs, u"headline=Harbour derby ends level"_qs,
                     u"--set"_qs, u"status=ready"_qs})
                 .exitCode,
        0);
    QCOMPARE(cli({u"edit"_qs, fine, u"--set"_qs, u"status=ready"_qs}).exitCode, 0);
    QCOMPARE(cli({u"profile"_qs, u"set"_qs, u"Sports"_qs, u"--file"_qs, u"-"_qs},
                 R"({"required": ["tags", "deck"]})")
                 .exitCode,
        0);
    const QString site = m_dir->filePath(QStringLiteral("site"));
    const auto siteHolds = [&](const QString &text) {
        QDirIterator files(site, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                return true;
        }
        return false;
    };

    Run run = cli({u"publish"_qs, u"--out"_qs, site, u"--include-ready"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"articles").toInt(), 1);
    const QJsonArray refused = report.value(u"refused").toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).toObject().value(u"id").toString(), blocked);
    QStringList fields;
    for (const QJsonValue &check : refused.at(0).toObject().value(u"checks").toArray())
        fields << check.toObject().value(u"field").toString();
    QCOMPARE(fields, (QStringList {u"tags"_qs, u"deck"_qs})); // in the profile's order
    const QString slug = refused.at(0).toObject().value(u"slug").toString();
    QVERIFY2(run.errText().contains(u"not published: "_qs + slug + u": tags: "_qs),
        qPrintable(run.errText()));
    QVERIFY(siteHolds(u"Council approves the bridge repair budget"_qs));
    QVERIFY(!siteHolds(u"Harbour derby ends level"_qs));
    QCOMPARE(cli({u"show"_qs, blocked, u"--json"_qs}).json().object().value(u"status").toString(),
        u"ready"_qs);

    // --force without --reason, and without --include-ready, are refused before anything runs.
    QCOMPARE(
        cli({u"publish"_qs, u"--out"_qs, site, u"--include-ready"_qs, u"--force"_qs}).exitCode, 1);
    QCOMPARE(
        cli({u"publish"_qs, u"--out"_qs, site, u"--force"_qs, u"--reason"_qs, u"x"_qs}).exitCode,
        1);
    QVERIFY(!siteHolds(u"Harbour derby ends level"_qs));

    // Overruled, it goes out and its notes say why and over what.
    run = cli({u"publish"_qs, u"--out"_qs, site, u"--include-ready"_qs, u"--force"_qs,
        u"--reason"_qs, u"Final whistle: deck to follow"_qs, u"--json"_qs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().object().value(u"articles").toInt(), 2);
    QVERIFY(run.json().object().value(u"refused").toArray().isEmpty());
    QVERIFY(siteHolds(u"Harbour derby ends level"_qs));
    const QString notes =
        cli({u"show"_qs, blocked, u"--json"_qs}).json().object().value(u"notes").toString();
    QVERIFY2(notes.contains(u"Final whistle: deck to follow"_qs), qPrintable(notes));
    QVERIFY2(notes.contains(u"deck"_qs), qPrintable(notes));
}

void TestProfileCli::spellingAndStyleBlock()
{
    const QString id = newStory();
    QCOMPARE(
        cli({u"edit"_qs, id, u"--body-file"_qs, u"-"_qs}, "Teh council met on Tuesday.\n").exitCode,
        0);
    QCOMPARE(
        cli({u"profile"_qs, u"set"_qs, u"--file"_qs, u"-"_qs}, R"({"spelling": true})").exitCode,
        0);
    const Run check = cli({u"check"_qs, id, u"--publish"_qs, u"--json"_qs});
    QCOMPARE(check.exitCode, 4);
    QCOMPARE(items(check), QStringList {u"spelling|body|error"_qs});
    QVERIFY(
        check.json().array().first().toObject().value(u"message").toString().contains(u"Teh"_qs));
    // A style error from the newsroom's list blocks under "style".
    QCOMPARE(
        cli({u"profile"_qs, u"set"_qs, u"--file"_qs, u"-"_qs}, R"({"style": true})").exitCode, 0);
    QCOMPARE(cli({u"check"_qs, id, u"--publish"_qs}).exitCode, 0);
    QCOMPARE(cli({u"style"_qs, u"add"_qs, u"council"_qs, u"--prefer"_qs, u"board"_qs,
                     u"--severity"_qs, u"error"_qs})
                 .exitCode,
        0);
    QCOMPARE(items(cli({u"check"_qs, id, u"--publish"_qs, u"--json"_qs})),
        (QStringList {u"style|headline|error"_qs, u"style|body|error"_qs}));
}

void TestProfileCli::badProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown key") << QByteArray(R"({"requird": []})") << u"requird"_qs;
    QTest::newRow("unknown field") << QByteArray(R"({"required": ["byline"]})") << u"byline"_qs;
    QTest::newRow("limit of a field that has none")
        << QByteArray(R"({"max_chars": {"body": 10}})") << u"body"_qs;
    QTest::newRow("limit not a number")
        << QByteArray(R"({"max_chars": {"headline": "30"}})") << u"headline"_qs;
    QTest::newRow("tolerance negative")
        << QByteArray(R"({"length_tolerance": -5})") << u"length_tolerance"_qs;
    QTest::newRow("switch not a bool") << QByteArray(R"({"spelling": "yes"})") << u"spelling"_qs;
    QTest::newRow("not an object") << QByteArray(R"(["bylines"])") << u"JSON object"_qs;
}

void TestProfileCli::badProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QVERIFY(!newStory().isEmpty());
    const Run set = cli({u"profile"_qs, u"set"_qs, u"--file"_qs, u"-"_qs}, json);
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.errText().contains(named), qPrintable(set.errText()));
    // Nothing was stored.
    QCOMPARE(cli({u"profile"_qs, u"show"_qs, u"--json"_qs})
                 .json()
                 .object()
                 .value(u"required")
                 .toArray()
                 .size(),
        0);
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
