// The startup baseline: shows a bare QWidget, prints "shown" and quits, exactly
// as `motcua --startup-probe` does with the login window.
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget w;
    w.resize(400, 300);
    w.show();
    QTimer::singleShot(0, &w, [] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
