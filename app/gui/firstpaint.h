#pragma once

// The startup probe shared by `motcua --startup-probe` and the baseline
// program of `motcua-bench startup` (bench/barewindow.cpp): prints "shown"
// once the window has painted its first frame, then quits. A window shown is
// not yet painted; the paint event comes later, from the event loop, and the
// frame reaches the screen (the platform's backing store) when the paint
// returns. So the filter lets the first paint of the window run and prints
// from a zero timer, which fires after that paint and its flush. Both
// programs measure the same thing: launch to first paint.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Motcua {

class FirstPaintProbe : public QObject
{
public:
    // Watches `window` (a top-level widget) and quits the application after
    // its first painted frame.
    static void watch(QWidget *window) { window->installEventFilter(new FirstPaintProbe(window)); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, watched, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    explicit FirstPaintProbe(QObject *parent)
        : QObject(parent)
    {}

    bool m_painted = false;
};

} // namespace Motcua
