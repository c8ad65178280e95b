#include "startupbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Motcua::Bench {

namespace {

struct Launch
{
    double ms = -1;    // until the program printed "shown" (after its first paint)
    double peakMb = 0; // maximum resident set size
};

// fork/exec rather than QProcess: wait4 gives the child's peak memory.
Launch launch(const QString &program, const QStringList &arguments)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const QByteArray prog = program.toLocal8Bit();
    std::vector<QByteArray> argStore{prog};
    for (const QString &a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execv(prog.constData(), argv.data());
        _exit(127);
    }
    close(fds[1]);
    Launch result;
    QByteArray seen;
    char buf[256];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) {
        seen.append(buf, n);
        if (result.ms < 0 && seen.contains("shown"))
            result.ms = timer.nsecsElapsed() / 1e6;
    }
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.peakMb = usage.ru_maxrss / 1024.0;
    return result;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int runStartupBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int runs = 21;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = qMax(1, args[++i].toInt());
        } else {
            err << "startup: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    const QString dir = QCoreApplication::applicationDirPath();
    const QString app = dir + QStringLiteral("/motcua");
    const QString bare = dir + QStringLiteral("/motcua-bare-window");
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::vector<double> appMs, bareMs;
    double peak = 0;
    // Interleaved so that both see the same machine load; one warm-up each.
    launch(app, {QStringLiteral("--startup-probe")});
    launch(bare, {});
    for (int i = 0; i < runs; ++i) {
        const Launch a = launch(app, {QStringLiteral("--startup-probe")});
        const Launch b = launch(bare, {});
        if (a.ms < 0 || b.ms < 0) {
            err << "startup: a program did not show its window\n";
            return 3;
        }
        appMs.push_back(a.ms);
        bareMs.push_back(b.ms);
        peak = std::max(peak, a.peakMb);
    }
    const double s = median(appMs);
    const double b = median(bareMs);
    out << QStringLiteral("startup_ms=%1 bare_ms=%2 ratio=%3 peak_mb=%4")
                    .arg(s, 0, 'f', 1)
                    .arg(b, 0, 'f', 1)
                    .arg(s / b, 0, 'f', 2)
                    .arg(peak, 0, 'f', 1)
        << '\n';
    return 0;
}

} // namespace Motcua::Bench
