// The injection corpus through motcua-admin as a separate process: in its
// arguments (raw bytes, invalid UTF-8 included) and in the files it reads.
// Every run must end normally (no signal) with 0 and the input stored exactly,
// or with 1/2 and a short message (stderr; stdout for `check`) and nothing
// stored. Prints
// bad_inputs=N stored_exact=S refused=R crashes=C (crashes must be 0).
//
// Limits of the medium: an argument cannot hold NUL (C strings) nor exceed
// 128 KiB (Linux MAX_ARG_STRLEN), so NUL and the 10 MB string go through files.
#include "injectioncorpus.h"
#include "testdatabase.h"

#include "data/catalog.h"
#include "data/intakerepository.h"
#include "data/staffidentity.h"

#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

struct Run
{
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestInjectionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void argumentsOfRuleCommands();
    void calendarImportFile();
    void dossierNote();
    void summary();

private:
    Run admin(const QList<QByteArray> &args, const QString &who = {});
    // Refused (1 or 2, a message) or else fails the test; counts it.
    void expectRefused(const Run &r, const QString &what);
    QString dsn(const QString &who) const;
    QString newDossier();

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    QTemporaryDir m_dir;
    int m_inputs = 0;
    int m_stored = 0;
    int m_refused = 0;
    int m_crashes = 0;
    int m_files = 0;
};

void TestInjectionCli::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    QVERIFY(QFileInfo::exists(QStringLiteral(MOTCUA_ADMIN_PATH)));
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("supervisor"), m_db->createStaff(QStringLiteral("supervisor")));
}

void TestInjectionCli::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("cli_injection"));
    m_db.reset();
}

QString TestInjectionCli::dsn(const QString &who) const
{
    QStringList parts;
    const auto k = m_staff.value(who).keywords();
    for (auto it = k.cbegin(); it != k.cend(); ++it)
        parts << it.key() + QStringLiteral("='") + it.value() + QLatin1Char('\'');
    return parts.join(QLatin1Char(' '));
}

// Each argument goes through a file and the shell, so that its bytes reach
// argv unchanged (QProcess would encode a QString as valid UTF-8).
Run TestInjectionCli::admin(const QList<QByteArray> &args, const QString &who)
{
    QString script = QStringLiteral("set --");
    QList<QByteArray> all = args;
    if (!who.isEmpty())
        all.prepend(dsn(who).toUtf8()), all.prepend("--dsn");
    for (const QByteArray &a : all) {
        const QString path = m_dir.filePath(QStringLiteral("arg%1").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(a) != a.size())
            qFatal("cannot write %s", qPrintable(path));
        script += QStringLiteral("; a=$(cat '%1'; echo x); set -- \"$@\" \"${a%x}\"").arg(path);
    }
    script += QStringLiteral("; exec \"$MOTCUA_ADMIN\" \"$@\"");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_ADMIN"), QStringLiteral(MOTCUA_ADMIN_PATH));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (r.crashed)
        ++m_crashes;
    return r;
}

void TestInjectionCli::expectRefused(const Run &r, const QString &what)
{
    QVERIFY2(!r.crashed, qPrintable(what + QStringLiteral(": crashed")));
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2,
             qPrintable(what
                        + QStringLiteral(": exit %1, stdout %2")
                                  .arg(r.exitCode)
                                  .arg(QString::fromUtf8(r.out.left(200)))));
    // Most commands explain on stderr; `check` answers on stdout (its verdict is
    // the output). Either way the message is short: never the input echoed whole.
    const QString message = QString::fromUtf8(r.err.isEmpty() ? r.out : r.err).trimmed();
    QVERIFY2(
            !message.isEmpty() && message.size() < 1000,
            qPrintable(what + QStringLiteral(": no clear message (%1 chars)").arg(message.size())));
    ++m_refused;
}

// Identifier checks, due-date and holiday rules: no corpus item is a valid
// identifier, instant, duration or working-hours spec.
void TestInjectionCli::argumentsOfRuleCommands()
{
    QList<InjectionItem> items = injectionCorpus(false);
    InjectionItem big{QStringLiteral("100 KiB argument"), {}, QByteArray(100 * 1024, 'a'), false};
    items << big;
    for (const InjectionItem &in : items) {
        if (in.bytes.contains('\0'))
            continue; // cannot be an argument; covered through files
        const QList<QList<QByteArray>> commands = {
                {"check", "cccd", in.bytes},
                {"check", "phone", in.bytes},
                {"due-date", "--received", in.bytes, "--duration", "3d"},
                {"due-date", "--received", "2026-03-02T10:00", "--duration", in.bytes},
                {"due-date",
                 "--received",
                 "2026-03-02T10:00",
                 "--duration",
                 "3d",
                 "--hours",
                 in.bytes},
                {"holidays", "suggest", "--year", in.bytes},
                {"lunar-to-solar", in.bytes, "1", "2026"},
                {in.bytes},
        };
        for (const QList<QByteArray> &c : commands) {
            ++m_inputs;
            expectRefused(admin(c),
                          in.name + QStringLiteral(" in ") + QString::fromUtf8(c.first()));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

// A calendar file whose note is the corpus item (raw bytes): imported with the
// note exactly as written, or refused with nothing changed. Also a 10 MB file.
void TestInjectionCli::calendarImportFile()
{
    QSqlDatabase db = m_db->open();
    const auto days = [&db] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*), md5(string_agg(note, '|' ORDER BY id)) FROM "
                              "calendar_days"));
        q.next();
        return q.value(0).toString() + q.value(1).toString();
    };
    int n = 0;
    for (const InjectionItem &in : injectionCorpus(true)) {
        QByteArray note = in.bytes;
        note.replace('"', "\"\"");
        const QByteArray date = QStringLiteral("2027-09-%1")
                                        .arg(1 + n++ % 28, 2, 10, QLatin1Char('0'))
                                        .toLatin1();
        const QByteArray csv = "date,type,note\n" + date + ",holiday,\"" + note + "\"\n";
        const QString path = m_dir.filePath(QStringLiteral("cal%1.csv").arg(n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const QString before = days();
        for (const bool file : {true, false}) {
            // The same file through due-date --calendar: used or refused, never a crash.
            const Run r = file ? admin({"calendar", "import", path.toUtf8()},
                                       QStringLiteral("supervisor"))
                               : admin({"due-date",
                                        "--received",
                                        "2027-09-01T10:00",
                                        "--duration",
                                        "3d",
                                        "--calendar",
                                        path.toUtf8()});
            ++m_inputs;
            QVERIFY2(!r.crashed, qPrintable(in.name));
            if (r.exitCode == 0) {
                if (file) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT note FROM calendar_days WHERE day = ? AND "
                                             "unit_id IS NULL"));
                    q.addBindValue(QDate::fromString(QString::fromLatin1(date), Qt::ISODate));
                    QVERIFY_SQL(q, exec());
                    QVERIFY(q.next());
                    const QString expected = QString::fromUtf8(in.bytes).trimmed();
                    QVERIFY2(q.value(0).toString() == expected,
                             qPrintable(in.name + QStringLiteral(": note not stored as written")));
                } else {
                    QVERIFY2(r.out.startsWith("due="), qPrintable(in.name));
                }
                ++m_stored;
            } else {
                expectRefused(r, in.name + QStringLiteral(" in a calendar file"));
                if (file)
                    QCOMPARE(days(), before);
            }
        }
    }
}

QString TestInjectionCli::newDossier()
{
    auto db = m_staff.value(QStringLiteral("clerk")).open(QStringLiteral("cli_injection"));
    if (!db)
        return {};
    const StaffIdentity who = *StaffIdentity::load(*db);
    const Procedure p = CatalogRepository(*db).proceduresInForce(QDate::currentDate())->first();
    IntakeDraft d;
    d.procedureId = p.id;
    d.applicant.fullName = QStringLiteral("Đỗ Thị Giang");
    for (const ChecklistItem &c : p.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(*db).receive(
            d, p, {who.unitId, who.counterId}, QDateTime::currentDateTime(), 30);
    return r ? r->code : QString();
}

// dossier status CODE withdrawn --note ITEM: the note is stored as typed (NFC,
// trimmed) on the control sheet, or refused with the dossier unchanged.
void TestInjectionCli::dossierNote()
{
    QList<InjectionItem> items = injectionCorpus(false);
    items << InjectionItem{
            QStringLiteral("2001 characters"), {}, textOfLength(2001).toUtf8(), false};
    for (const InjectionItem &in : items) {
        if (in.bytes.contains('\0'))
            continue;
        const QString code = newDossier();
        QVERIFY(!code.isEmpty());
        const Run r = admin({"dossier", "status", code.toUtf8(), "withdrawn", "--note", in.bytes},
                            QStringLiteral("clerk"));
        ++m_inputs;
        QSqlQuery q(m_db->open());
        q.prepare(QStringLiteral("SELECT d.state, (SELECT e.note FROM dossier_events e WHERE "
                                 "e.dossier_id = d.id ORDER BY e.id DESC LIMIT 1) FROM dossiers d "
                                 "WHERE d.code = ?"));
        q.addBindValue(code);
        QVERIFY_SQL(q, exec());
        QVERIFY(q.next());
        if (r.exitCode == 0) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("withdrawn"));
            const QString expected = QString::fromUtf8(in.bytes)
                                             .normalized(QString::NormalizationForm_C)
                                             .trimmed();
            QVERIFY2(q.value(1).toString() == expected, qPrintable(in.name));
            ++m_stored;
        } else {
            expectRefused(r, in.name + QStringLiteral(" as a dossier note"));
            QCOMPARE(q.value(0).toString(), QStringLiteral("received"));
        }
        // A name that is not a code: not found, never a crash.
        ++m_inputs;
        expectRefused(admin({"dossier", "show", in.bytes}, QStringLiteral("clerk")),
                      in.name + QStringLiteral(" as a dossier code"));
    }
}

void TestInjectionCli::summary()
{
    std::printf("bad_inputs=%d stored_exact=%d refused=%d crashes=%d\n",
                m_inputs,
                m_stored,
                m_refused,
                m_crashes);
    std::fflush(stdout);
    QCOMPARE(m_crashes, 0);
    QCOMPARE(m_stored + m_refused, m_inputs);
}

QTEST_GUILESS_MAIN(TestInjectionCli)
#include "test_injectioncli.moc"
