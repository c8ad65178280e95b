// The startup baseline: shows a bare QWidget, prints "shown" after its first
// painted frame and quits, exactly as `motcua --startup-probe` does with the
// login window (the same probe, app/gui/firstpaint.h).
#include "gui/firstpaint.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget w;
    w.resize(400, 300);
    Motcua::FirstPaintProbe::watch(&w);
    w.show();
    return app.exec();
}
