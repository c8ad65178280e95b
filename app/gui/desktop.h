#pragma once

namespace Motcua {

// The desktop application: command-line options, language, log in, main
// window. Options:
//   --version              print the version and exit
//   --user NAME            log in as NAME without the dialog, using the password
//                          libpq finds itself (PGPASSWORD, ~/.pgpass, peer);
//                          falls back to the dialog when that fails
//   --screenshot FILE      save the main window to FILE once shown, then quit
//   --rating-terminal      the rating terminal facing the citizen at a counter
//                          (a motcua_terminal account bound to the counter)
//   --rating-kiosk         the hall kiosk: rate a dossier by its receipt's code
//   --startup-probe        print "shown" once the login window is on screen and
//                          quit (motcua-bench startup measures this)
int runDesktop(int argc, char *argv[]);

} // namespace Motcua
