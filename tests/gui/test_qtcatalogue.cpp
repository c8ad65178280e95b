// Qt's own strings (standard buttons, dialogs, context menus) in Vietnamese from
// the project's translations/qtbase_vi.ts: Qt ships no Vietnamese catalogue.
#include "gui/language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Motcua;

namespace {

// A button or action text without its mnemonic and shortcut: "&Hủy" and
// "&Dán\tCtrl+V" are read "Hủy" and "Dán". The GNOME theme puts a mnemonic
// on standard buttons that the default theme does not.
QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.remove(QLatin1Char('&'));
    return text;
}

QStringList menuTexts(QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << plain(action->text());
    }
    return texts;
}

QStringList vietnameseEditActions()
{
    return {QStringLiteral("Hoàn tác"),
            QStringLiteral("Làm lại"),
            QStringLiteral("Cắt"),
            QStringLiteral("Sao chép"),
            QStringLiteral("Dán"),
            QStringLiteral("Xóa"),
            QStringLiteral("Chọn tất cả")};
}

} // namespace

class TestQtCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void standardButtons_data();
    void standardButtons();
    void messageBoxButtons();
    void editContextMenus();
    void printPreviewToolbar();
    void fileDialogLabels();
    void inputDialogButtons();
    void englishLeavesQtStringsInEnglish();

private:
    std::unique_ptr<Language> m_language;
};

void TestQtCatalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    m_language = std::make_unique<Language>();
}

void TestQtCatalogue::init()
{
    QVERIFY(m_language->switchTo(QStringLiteral("vi")));
}

void TestQtCatalogue::standardButtons_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok") << QDialogButtonBox::Ok << QStringLiteral("OK");
    QTest::newRow("cancel") << QDialogButtonBox::Cancel << QStringLiteral("Hủy");
    QTest::newRow("save") << QDialogButtonBox::Save << QStringLiteral("Lưu");
    QTest::newRow("close") << QDialogButtonBox::Close << QStringLiteral("Đóng");
    QTest::newRow("apply") << QDialogButtonBox::Apply << QStringLiteral("Áp dụng");
    QTest::newRow("yes") << QDialogButtonBox::Yes << QStringLiteral("Có");
    QTest::newRow("no") << QDialogButtonBox::No << QStringLiteral("Không");
    QTest::newRow("open") << QDialogButtonBox::Open << QStringLiteral("Mở");
    QTest::newRow("help") << QDialogButtonBox::Help << QStringLiteral("Trợ giúp");
    QTest::newRow("reset") << QDialogButtonBox::Reset << QStringLiteral("Đặt lại");
}

void TestQtCatalogue::standardButtons()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    QFETCH(QString, text);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | button);
    QCOMPARE(plain(box.button(button)->text()), text);
    QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Hủy"));
}

void TestQtCatalogue::messageBoxButtons()
{
    QMessageBox box(QMessageBox::Question,
                    QStringLiteral("?"),
                    QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QCOMPARE(plain(box.button(QMessageBox::Yes)->text()), QStringLiteral("Có"));
    QCOMPARE(plain(box.button(QMessageBox::No)->text()), QStringLiteral("Không"));
    QCOMPARE(plain(box.button(QMessageBox::Cancel)->text()), QStringLiteral("Hủy"));
}

void TestQtCatalogue::editContextMenus()
{
    QLineEdit line;
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QPlainTextEdit text;
    std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    for (QMenu *menu : {lineMenu.get(), textMenu.get()}) {
        const QStringList texts = menuTexts(menu);
        for (const QString &expected : vietnameseEditActions())
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
    }
}

void TestQtCatalogue::printPreviewToolbar()
{
    QPrintPreviewDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Xem trước khi in"));
    QStringList texts;
    for (const QAction *action : dialog.findChildren<QAction *>())
        texts << plain(action->text());
    for (const QString &expected : {QStringLiteral("Trang sau"),
                                    QStringLiteral("Trang trước"),
                                    QStringLiteral("Phóng to"),
                                    QStringLiteral("Thu nhỏ"),
                                    QStringLiteral("Khổ dọc"),
                                    QStringLiteral("Khổ ngang"),
                                    QStringLiteral("Thiết lập trang"),
                                    QStringLiteral("In")}) {
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
    }
}

void TestQtCatalogue::fileDialogLabels()
{
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    QVERIFY(lookIn);
    QCOMPARE(lookIn->text(), QStringLiteral("Tìm trong:"));
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QStringList buttons;
    for (const QAbstractButton *button : box->buttons())
        buttons << plain(button->text());
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("Hủy"), QStringLiteral("Lưu")}));
}

void TestQtCatalogue::inputDialogButtons()
{
    QInputDialog dialog;
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.show(); // lays itself out, buttons included, when first shown
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QCOMPARE(plain(box->button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Hủy"));
}

void TestQtCatalogue::englishLeavesQtStringsInEnglish()
{
    QVERIFY(m_language->switchTo(QStringLiteral("en")));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Cancel"));
    QLineEdit line;
    std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    QVERIFY(menuTexts(menu.get()).contains(QStringLiteral("Paste")));
}

QTEST_MAIN(TestQtCatalogue)
#include "test_qtcatalogue.moc"
