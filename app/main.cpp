// motcua: the desktop application for one-stop counter staff.
#include "gui/desktop.h"

int main(int argc, char *argv[])
{
    return Motcua::runDesktop(argc, argv);
}
