// The procedure catalogue, driven like a person would: search as you type
// (with and without diacritics), read the checklist, add a new version.
#include "testdatabase.h"

#include "core/vntext.h"
#include "gui/catalogue/cataloguepage.h"
#include "gui/catalogue/procedureeditordialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

// keyClicks aborts on characters outside Latin-1 on Qt 6.4.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void search_data();
    void search();
    void clerkSeesNoEditing();
    void adminAddsVersion();

private:
    std::unique_ptr<CataloguePage> page(const QString &job);
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
};

void TestCatalogue::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("admin"), m_db->createStaff(QStringLiteral("admin")));
    for (auto it = m_staff.cbegin(); it != m_staff.cend(); ++it)
        QVERIFY(it.value().open(QStringLiteral("gui_") + it.key()).ok());
}

void TestCatalogue::cleanupTestCase()
{
    for (const QString &job : m_staff.keys())
        QSqlDatabase::database(QStringLiteral("gui_") + job, false).close();
    m_db.reset();
}

std::unique_ptr<CataloguePage> TestCatalogue::page(const QString &job)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("gui_") + job);
    auto who = StaffIdentity::load(db);
    if (!who)
        return nullptr;
    auto p = std::make_unique<CataloguePage>(db, *who);
    p->resize(1200, 700);
    p->show();
    return p;
}

void TestCatalogue::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mustContain"); // folded
    QTest::newRow("unaccented") << QStringLiteral("khai sinh") << QStringLiteral("khai sinh");
    QTest::newRow("accented") << QStringLiteral("kết hôn") << QStringLiteral("ket hon");
    QTest::newRow("words in any order") << QStringLiteral("hon ket") << QStringLiteral("ket hon");
    QTest::newRow("d for đ") << QStringLiteral("dat dai chuyen muc dich")
                             << QStringLiteral("chuyen muc dich");
    QTest::newRow("by code") << QStringLiteral("1.001193") << QStringLiteral("1.001193");
}

void TestCatalogue::search()
{
    QFETCH(QString, typed);
    QFETCH(QString, mustContain);
    auto p = page(QStringLiteral("clerk"));
    QVERIFY(p);
    auto *view = p->findChild<QTableView *>(QStringLiteral("procedureView"));
    const int all = view->model()->rowCount();
    QVERIFY(all >= 30);
    auto *search = p->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    typeText(search, typed);
    const int shown = view->model()->rowCount();
    QVERIFY2(shown > 0 && shown < all, qPrintable(QString::number(shown)));
    for (int r = 0; r < shown; ++r) {
        const QString text = view->model()->index(r, 0).data().toString() + QLatin1Char(' ')
                             + view->model()->index(r, 1).data().toString() + QLatin1Char(' ')
                             + view->model()->index(r, 2).data().toString();
        QVERIFY2(VnText::fold(text).contains(mustContain), qPrintable(text));
    }
    // The first match is selected and shown on the right with its checklist.
    QVERIFY(p->selected());
    auto *checklist = p->findChild<QTableWidget *>(QStringLiteral("checklistTable"));
    QCOMPARE(checklist->rowCount(), p->selected()->checklist.size());
    QVERIFY(checklist->rowCount() > 0);
    QCOMPARE(p->findChild<QLabel *>(QStringLiteral("nameValue"))->text(), p->selected()->name);
}

void TestCatalogue::clerkSeesNoEditing()
{
    auto p = page(QStringLiteral("clerk"));
    QVERIFY(p);
    QVERIFY(!p->findChild<QPushButton *>(QStringLiteral("newVersionButton"))->isVisible());
    QVERIFY(!p->editNewVersion());
}

void TestCatalogue::adminAddsVersion()
{
    auto p = page(QStringLiteral("admin"));
    QVERIFY(p);
    QVERIFY(p->findChild<QPushButton *>(QStringLiteral("newVersionButton"))->isVisible());
    const Procedure before = *p->selected();
    ProcedureEditorDialog *dialog = p->editNewVersion();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // A missing reason is refused at its field and nothing is saved.
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!dialog->save());
    QVERIFY(error->isVisible());
    QCOMPARE(dialog->focusWidget(), reason);

    // A checklist row without a name is refused too.
    dialog->addChecklistRow();
    typeText(reason, QStringLiteral("Quyết định số 12/QĐ-UBND"));
    QVERIFY(!dialog->save());
    QVERIFY(error->text().contains(QString::number(before.checklist.size() + 1)));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("checklistTable"));
    table->removeRow(table->rowCount() - 1);

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    typeText(name, QStringLiteral("Thủ tục đã sửa đổi"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QVERIFY(dialog->save());
    QCOMPARE(accepted.count(), 1);

    CatalogRepository repo(QSqlDatabase::database(QStringLiteral("gui_admin")));
    auto versions = repo.versions(before.code);
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->first().name, QStringLiteral("Thủ tục đã sửa đổi"));
    QCOMPARE(versions->first().version, before.version + 1);
    QCOMPARE(versions->first().checklist.size(), before.checklist.size());
    QVERIFY(versions->first().effectiveFrom > QDate::currentDate());
    // Today the page still shows the version in force, now with an end date.
    QCOMPARE(p->selected()->id, before.id);
    QCOMPARE(p->selected()->effectiveTo, versions->first().effectiveFrom);
}

QTEST_MAIN(TestCatalogue)
#include "test_catalogue.moc"
