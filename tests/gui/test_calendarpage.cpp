// The working-calendar page, driven like a supervisor would: pick a day in a
// month grid, edit it with a reason, pre-fill a year from the lunar calendar,
// change working hours; a clerk only reads.
#include "testdatabase.h"

#include "data/calendarrepository.h"
#include "gui/calendar/calendardaydialog.h"
#include "gui/calendar/calendarpage.h"
#include "gui/calendar/holidaysuggestionsdialog.h"
#include "gui/calendar/workinghoursdialog.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

// keyClicks aborts on characters outside Latin-1 on Qt 6.4.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void clickSave(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

const QString kGoVap = QStringLiteral("000.20.31.H29");

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void supervisorEditsDay_data();
    void supervisorEditsDay();
    void missingReasonRefusedAtField();
    void prefillOffersAndStoresConfirmed();
    void hoursSpecCheckedAtField();
    void importAndExportFile();
    void clerkCannotEdit();

private:
    std::unique_ptr<CalendarPage> page(const QString &job);
    CalendarRepository repo() const
    {
        return CalendarRepository(QSqlDatabase::database(QStringLiteral("gui_su")));
    }
    QString lastReason(const QString &table, const QString &rowKey) const;

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    QTemporaryDir m_dir;
};

void TestCalendarPage::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("supervisor"), m_db->createStaff(QStringLiteral("supervisor")));
    m_staff.insert(QStringLiteral("su"), m_db->superuser());
    for (auto it = m_staff.cbegin(); it != m_staff.cend(); ++it)
        QVERIFY(it.value().open(QStringLiteral("gui_") + it.key()).ok());
}

void TestCalendarPage::cleanupTestCase()
{
    for (const QString &job : m_staff.keys())
        QSqlDatabase::database(QStringLiteral("gui_") + job, false).close();
    m_db.reset();
}

std::unique_ptr<CalendarPage> TestCalendarPage::page(const QString &job)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("gui_") + job);
    auto who = StaffIdentity::load(db);
    if (!who)
        return nullptr;
    auto p = std::make_unique<CalendarPage>(db, *who);
    p->resize(1400, 900);
    p->show();
    return p;
}

QString TestCalendarPage::lastReason(const QString &table, const QString &rowKey) const
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("gui_su")));
    q.prepare(QStringLiteral("SELECT reason FROM audit_log WHERE table_name = ? AND row_key = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(rowKey);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

void TestCalendarPage::supervisorEditsDay_data()
{
    QTest::addColumn<QString>("unit"); // empty: city-wide
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("type"); // empty: back to a normal day
    QTest::addColumn<QString>("note");
    QTest::newRow("city-wide holiday")
            << QString() << QDate(2026, 6, 15) << QStringLiteral("holiday")
            << QStringLiteral("Nghỉ lễ đặc biệt");
    QTest::newRow("unit works a city-wide day off")
            << kGoVap << QDate(2026, 4, 27) << QStringLiteral("makeup_workday")
            << QStringLiteral("Trực tiếp nhận");
    QTest::newRow("back to a normal day")
            << QString() << QDate(2026, 8, 22) << QString() << QString();
}

void TestCalendarPage::supervisorEditsDay()
{
    QFETCH(QString, unit);
    QFETCH(QDate, date);
    QFETCH(QString, type);
    QFETCH(QString, note);
    auto p = page(QStringLiteral("supervisor"));
    QVERIFY(p);
    const int unitId = unit.isEmpty() ? CalendarRepository::CityWide : *repo().unitIdByCode(unit);
    p->setYear(date.year());
    p->setScope(unitId);
    QCOMPARE(p->scope(), unitId);

    // Pick the day in its month grid, then Edit day.
    QCalendarWidget *month = p->monthCalendar(date.month());
    QVERIFY(month);
    month->setFocus();
    month->setSelectedDate(date);
    QCOMPARE(p->selectedDate(), date);
    auto *edit = p->findChild<QPushButton *>(QStringLiteral("editDayButton"));
    QVERIFY(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = p->findChild<CalendarDayDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->date(), date);

    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    combo->setCurrentIndex(combo->findData(type));
    auto *noteEdit = dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    noteEdit->selectAll();
    typeText(noteEdit, note);
    const QString reason = QStringLiteral("Thông báo số %1/TB-UBND").arg(date.dayOfYear());
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), reason);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy changed(p.get(), &CalendarPage::calendarChanged);
    clickSave(dialog);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(changed.count(), 1);

    // Stored for exactly that scope, audited with the reason, shown at once.
    const auto stored = repo().scopeDays(unitId, date, date);
    QVERIFY(stored.ok());
    if (type.isEmpty()) {
        QVERIFY(stored->isEmpty());
        QVERIFY(!p->entryOn(date));
    } else {
        QCOMPARE(stored->size(), 1);
        QCOMPARE(dayTypeKey(stored->first().type), type);
        QCOMPARE(stored->first().note, note);
        QCOMPARE(p->entryOn(date)->unitId, unitId);
        QCOMPARE(month->dateTextFormat(date).background().color().isValid(), true);
        QVERIFY(month->dateTextFormat(date).background().style() != Qt::NoBrush);
    }
    QCOMPARE(lastReason(QStringLiteral("calendar_days"), date.toString(Qt::ISODate)), reason);
    auto effective = repo().effectiveCalendar(unitId);
    QCOMPARE(effective->dayType(date) ? dayTypeKey(*effective->dayType(date)) : QString(), type);
}

void TestCalendarPage::missingReasonRefusedAtField()
{
    auto p = page(QStringLiteral("supervisor"));
    QVERIFY(p);
    const QDate date(2026, 7, 7);
    p->setYear(2026);
    CalendarDayDialog *dialog = p->editDay(date);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("holiday")));
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(dialog->focusWidget(), reason);
    QVERIFY(!reason->styleSheet().isEmpty());
    QVERIFY(repo().scopeDays(CalendarRepository::CityWide, date, date)->isEmpty());
    dialog->reject();
}

void TestCalendarPage::prefillOffersAndStoresConfirmed()
{
    auto p = page(QStringLiteral("supervisor"));
    QVERIFY(p);
    p->setYear(2027);
    p->setScope(CalendarRepository::CityWide);
    const QVector<CalendarDay> before = *repo().scopeDays(
            CalendarRepository::CityWide, QDate(2027, 1, 1), QDate(2027, 12, 31));
    HolidaySuggestionsDialog *dialog = p->prefillFromLunarCalendar();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("suggestionsTable"));
    QCOMPARE(table->rowCount(), int(dialog->suggestions().size()));
    QVERIFY(dialog->suggestions().size() >= 12);

    // Days the demo calendar already announces are shown but not offered.
    QVERIFY(!dialog->isOffered(QDate(2027, 1, 1)));
    QVERIFY(!dialog->isOffered(QDate(2027, 2, 10))); // announced as a holiday
    // Tết's weekend days and a day off in lieu are new.
    const QList<QDate> offered = {QDate(2027, 2, 6), QDate(2027, 2, 7), QDate(2027, 2, 11)};
    for (const QDate &d : offered)
        QVERIFY2(dialog->isOffered(d), qPrintable(d.toString(Qt::ISODate)));
    // 3 September is announced: the supervisor unchecks the suggested 1 September.
    QVERIFY(dialog->isOffered(QDate(2027, 9, 1)));
    dialog->setChecked(QDate(2027, 9, 1), false);
    QCOMPARE(dialog->checkedDays().size(), offered.size());

    // Without a reason nothing is saved.
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Dự kiến lịch nghỉ 2027"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    const QVector<CalendarDay> confirmed = dialog->checkedDays();
    clickSave(dialog);
    QCOMPARE(accepted.count(), 1);

    const QVector<CalendarDay> after = *repo().scopeDays(
            CalendarRepository::CityWide, QDate(2027, 1, 1), QDate(2027, 12, 31));
    QCOMPARE(after.size(), before.size() + offered.size());
    for (const CalendarDay &d : confirmed) {
        QVERIFY(after.contains(d));
        QVERIFY(p->entryOn(d.date));
        QCOMPARE(lastReason(QStringLiteral("calendar_days"), d.date.toString(Qt::ISODate)),
                 QStringLiteral("Dự kiến lịch nghỉ 2027"));
    }
    // Every announced day is exactly as before.
    for (const CalendarDay &d : before)
        QVERIFY2(after.contains(d), qPrintable(d.date.toString(Qt::ISODate)));
    QVERIFY(repo().scopeDays(CalendarRepository::CityWide, QDate(2027, 9, 1), QDate(2027, 9, 1))
                    ->isEmpty());
}

void TestCalendarPage::hoursSpecCheckedAtField()
{
    auto p = page(QStringLiteral("supervisor"));
    QVERIFY(p);
    const int goVap = *repo().unitIdByCode(kGoVap);
    p->setScope(goVap);
    WorkingHoursDialog *dialog = p->editHours();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *useDefault = dialog->findChild<QCheckBox *>(QStringLiteral("useDefaultCheck"));
    QVERIFY(useDefault->isVisible());
    QVERIFY(useDefault->isChecked()); // Gò Vấp has no hours of its own
    QTest::keyClick(useDefault, Qt::Key_Space);
    QVERIFY(!useDefault->isChecked());
    auto *spec = dialog->findChild<QLineEdit *>(QStringLiteral("specEdit"));
    spec->selectAll();
    QTest::keyClicks(spec, QStringLiteral("mon-fri 07:30-11:30,11:00-17:00"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Quyết định giờ làm việc"));
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), spec);

    spec->selectAll();
    QTest::keyClicks(spec, QStringLiteral("mon-fri 07:00-11:00,13:30-17:30; sat 07:00-11:00"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    clickSave(dialog);
    QCOMPARE(accepted.count(), 1);
    const auto own = repo().ownHours(goVap);
    QVERIFY(own.ok() && own->has_value());
    const auto typed = WorkingHours::parse(
            QStringLiteral("mon-fri 07:00-11:00,13:30-17:30; sat 07:00-11:00"));
    QVERIFY(**own == typed.value());
    QSqlQuery audit(QSqlDatabase::database(QStringLiteral("gui_su")));
    QVERIFY_SQL(audit,
                exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                    "'working_hours' AND reason = 'Quyết định giờ làm việc'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 11);
    // The page shows the unit's own hours now.
    QVERIFY(p->findChild<QLabel *>(QStringLiteral("hoursValue"))
                    ->text()
                    .contains(typed.value().toString()));
    QVERIFY(repo().resetHours(goVap, QStringLiteral("test cleanup")).ok());
}

void TestCalendarPage::importAndExportFile()
{
    QVERIFY(m_dir.isValid());
    auto p = page(QStringLiteral("supervisor"));
    QVERIFY(p);
    p->setYear(2028);
    p->setScope(CalendarRepository::CityWide);
    const QString in = m_dir.filePath(QStringLiteral("in.csv"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,type,note\n2028-01-01,holiday,T\xe1\xba\xbft D\xc6\xb0\xc6\xa1ng "
                "l\xe1\xbb\x8b"
                "ch\n2028-05-01,holiday,1/5\n");
    }
    const auto first = p->importFile(in, QStringLiteral("Lịch 2028"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value().inserted, 2);
    QVERIFY(p->entryOn(QDate(2028, 5, 1)));
    const auto again = p->importFile(in, QStringLiteral("Lịch 2028"));
    QCOMPARE(again.value().unchanged, 2);
    QVERIFY(!p->importFile(in, QString()).ok()); // a reason is required

    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(p->exportFile(out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QFile g(in);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), g.readAll());

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("date,type,note\n2028-02-30,holiday,x\n");
    }
    const auto refused = p->importFile(bad, QStringLiteral("x"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Line 2")), qPrintable(refused.error()));
}

void TestCalendarPage::clerkCannotEdit()
{
    auto p = page(QStringLiteral("clerk"));
    QVERIFY(p);
    QVERIFY(!p->canEdit());
    for (const char *name : {"editDayButton", "hoursButton", "prefillButton", "importButton"})
        QVERIFY2(!p->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
    QVERIFY(p->findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible());
    p->setYear(2026);
    // The clerk reads the calendar: holidays are there and coloured.
    QVERIFY(p->entryOn(QDate(2026, 9, 2)));
    QVERIFY(p->monthCalendar(9)->dateTextFormat(QDate(2026, 9, 2)).background().style()
            != Qt::NoBrush);
    QVERIFY(!p->editDay(QDate(2026, 9, 2)));
    QVERIFY(!p->editHours());
    QVERIFY(!p->prefillFromLunarCalendar());
    // Activating a day (Enter) opens nothing.
    QCalendarWidget *month = p->monthCalendar(9);
    month->setFocus();
    month->setSelectedDate(QDate(2026, 9, 2));
    emit month->activated(QDate(2026, 9, 2));
    QVERIFY(!p->findChild<QDialog *>());
    QVERIFY(!p->importFile(QStringLiteral("/nonexistent.csv"), QStringLiteral("x")).ok());
}

QTEST_MAIN(TestCalendarPage)
#include "test_calendarpage.moc"
