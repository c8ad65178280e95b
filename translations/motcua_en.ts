<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <source>e.g. the announcement that sets this day</source>
        <translation>e.g. the announcement that sets this day</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Edit day…</source>
        <translation>&amp;Edit day…</translation>
    </message>
    <message>
        <source>Working &amp;hours…</source>
        <translation>Working &amp;hours…</translation>
    </message>
    <message>
        <source>&amp;Pre-fill from the lunar calendar…</source>
        <translation>&amp;Pre-fill from the lunar calendar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Day off in lieu</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation>Weekly rest day</translation>
    </message>
    <message>
        <source>Underlined: the unit&apos;s own entry</source>
        <translation>Underlined: the unit&apos;s own entry</translation>
    </message>
    <message>
        <source>Announced &amp;days:</source>
        <translation>Announced &amp;days:</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search by code or name, with or without diacritics (Ctrl+F)</source>
        <translation>Search by code or name, with or without diacritics (Ctrl+F)</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <source>New &amp;procedure…</source>
        <translation>New &amp;procedure…</translation>
    </message>
    <message>
        <source>Code / version:</source>
        <translation>Code / version:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Processing time:</source>
        <translation>Processing time:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation>Cut-off:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Processing department:</source>
        <translation>Processing department:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>Documents to submit:</source>
        <translation>Documents to submit:</translation>
    </message>
</context>
<context>
    <name>HolidaySuggestionsDialog</name>
    <message>
        <source>Pre-fill from the lunar calendar</source>
        <translation>Pre-fill from the lunar calendar</translation>
    </message>
    <message>
        <source>Day &amp;added to National Day:</source>
        <translation>Day &amp;added to National Day:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Motcua Desk — Log in</source>
        <translation>Motcua Desk — Log in</translation>
    </message>
    <message>
        <source>One-stop counter — staff log in</source>
        <translation>One-stop counter — staff log in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Server settings…</source>
        <translation>&amp;Server settings…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>Ser&amp;vice name:</translation>
    </message>
    <message>
        <source>from pg_service.conf (optional)</source>
        <translation>from pg_service.conf (optional)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>db1.example,db2.example (empty: PGHOST)</source>
        <translation>db1.example,db2.example (empty: PGHOST)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>5432,5432 (empty: PGPORT)</source>
        <translation>5432,5432 (empty: PGPORT)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>empty: PGDATABASE</source>
        <translation>empty: PGDATABASE</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L mode:</translation>
    </message>
    <message>
        <source>&amp;Target session:</source>
        <translation>&amp;Target session:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Motcua Desk</source>
        <translation>Motcua Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Procedure &amp;catalogue</source>
        <translation>Procedure &amp;catalogue</translation>
    </message>
    <message>
        <source>&amp;About Motcua Desk</source>
        <translation>&amp;About Motcua Desk</translation>
    </message>
    <message>
        <source>Working &amp;calendar</source>
        <translation>Working &amp;calendar</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarCsv</name>
    <message>
        <source>Line %1: a quote may only open a field.</source>
        <translation>Line %1: a quote may only open a field.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Line %1: unexpected text after a closing quote.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>The calendar file is empty: expected the header &quot;date,type,note&quot;.</source>
        <translation>The calendar file is empty: expected the header &quot;date,type,note&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected the header &quot;date,type,note&quot;.</source>
        <translation>Line %1: expected the header &quot;date,type,note&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected 3 fields (date,type,note), found %2.</source>
        <translation>Line %1: expected 3 fields (date,type,note), found %2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line %1: unknown day type &quot;%2&quot; (expected holiday, compensatory_off or makeup_workday).</source>
        <translation>Line %1: unknown day type &quot;%2&quot; (expected holiday, compensatory_off or makeup_workday).</translation>
    </message>
    <message>
        <source>Line %1: %2 is already listed on line %3.</source>
        <translation>Line %1: %2 is already listed on line %3.</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarDayDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Calendar day %1</source>
        <translation>Calendar day %1</translation>
    </message>
    <message>
        <source>Normal day (no entry)</source>
        <translation>Normal day (no entry)</translation>
    </message>
    <message>
        <source>For every unit this day is: %1 — %2. An entry here overrides it for this unit only.</source>
        <translation>For every unit this day is: %1 — %2. An entry here overrides it for this unit only.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Day off in lieu</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>This day has no entry here: choose a day type to add one.</source>
        <translation>This day has no entry here: choose a day type to add one.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Say why the day changes (e.g. the announcement that sets it).</source>
        <translation>Say why the day changes (e.g. the announcement that sets it).</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarPage</name>
    <message>
        <source>every unit (city-wide)</source>
        <translation>every unit (city-wide)</translation>
    </message>
    <message>
        <source>All units (city-wide)</source>
        <translation>All units (city-wide)</translation>
    </message>
    <message>
        <source>Working hours: %1 (%2)</source>
        <translation>Working hours: %1 (%2)</translation>
    </message>
    <message>
        <source>this scope&apos;s own</source>
        <translation>this scope&apos;s own</translation>
    </message>
    <message>
        <source>built-in standard</source>
        <translation>built-in standard</translation>
    </message>
    <message>
        <source>the city default</source>
        <translation>the city default</translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation>Weekly rest day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>all units</translation>
    </message>
    <message>
        <source>this unit only</source>
        <translation>this unit only</translation>
    </message>
    <message>
        <source>all units (overridden here)</source>
        <translation>all units (overridden here)</translation>
    </message>
    <message>
        <source>Applies to every unit.</source>
        <translation>Applies to every unit.</translation>
    </message>
    <message>
        <source>This unit&apos;s own entry.</source>
        <translation>This unit&apos;s own entry.</translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation>Worked: %1</translation>
    </message>
    <message>
        <source>Working day: %1</source>
        <translation>Working day: %1</translation>
    </message>
    <message>
        <source>Your account may not change the working calendar.</source>
        <translation>Your account may not change the working calendar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Import calendar days</source>
        <translation>Import calendar days</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reason for the change (for the audit log):</source>
        <translation>Reason for the change (for the audit log):</translation>
    </message>
    <message>
        <source>Nothing was imported: a reason is required.</source>
        <translation>Nothing was imported: a reason is required.</translation>
    </message>
    <message>
        <source>%1 days imported: %2 new, %3 changed, %4 already so.</source>
        <translation>%1 days imported: %2 new, %3 changed, %4 already so.</translation>
    </message>
    <message>
        <source>Export calendar days</source>
        <translation>Export calendar days</translation>
    </message>
</context>
<context>
    <name>Motcua::CataloguePage</name>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>received after %1 counts from the next working day</source>
        <translation>received after %1 counts from the next working day</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>one of group %1</source>
        <translation>one of group %1</translation>
    </message>
</context>
<context>
    <name>Motcua::Cli</name>
    <message>
        <source>--dsn needs a value, e.g. --dsn &quot;host=db1 dbname=motcua&quot;</source>
        <translation>--dsn needs a value, e.g. --dsn &quot;host=db1 dbname=motcua&quot;</translation>
    </message>
    <message>
        <source>migrate: unknown argument &quot;%1&quot;</source>
        <translation>migrate: unknown argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schema is up to date (version %1).</source>
        <translation>Schema is up to date (version %1).</translation>
    </message>
    <message>
        <source>Applied migration %1.</source>
        <translation>Applied migration %1.</translation>
    </message>
    <message>
        <source>seed-demo: unknown argument &quot;%1&quot;</source>
        <translation>seed-demo: unknown argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>seed-demo: migrate the database first (motcua-admin migrate).</source>
        <translation>seed-demo: migrate the database first (motcua-admin migrate).</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <source>The database already has data; demo data not loaded.</source>
        <translation>The database already has data; demo data not loaded.</translation>
    </message>
    <message>
        <source>Apply the pending schema migrations (idempotent). --status prints applied/known/pending and exits 1 when migrations are pending.</source>
        <translation>Apply the pending schema migrations (idempotent). --status prints applied/known/pending and exits 1 when migrations are pending.</translation>
    </message>
    <message>
        <source>Load the demo branches, procedures, 2025-2027 calendar and staff accounts into an empty database (superuser connection).</source>
        <translation>Load the demo branches, procedures, 2025-2027 calendar and staff accounts into an empty database (superuser connection).</translation>
    </message>
    <message>
        <source>Print due=YYYY-MM-DDTHH:MM for a receipt instant and a statutory time in working days or hours; with --finished also status=early|on_time|late. SPEC like &quot;mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30&quot;; the CSV has the header date,type,note (holiday, compensatory_off, makeup_workday).</source>
        <translation>Print due=YYYY-MM-DDTHH:MM for a receipt instant and a statutory time in working days or hours; with --finished also status=early|on_time|late. SPEC like &quot;mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30&quot;; the CSV has the header date,type,note (holiday, compensatory_off, makeup_workday).</translation>
    </message>
    <message>
        <source>Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date (UTC+7).</source>
        <translation>Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date (UTC+7).</translation>
    </message>
    <message>
        <source>Print the year&apos;s Labour Code holidays, with days off in lieu, as calendar CSV. A suggestion: the announced schedule always wins.</source>
        <translation>Print the year&apos;s Labour Code holidays, with days off in lieu, as calendar CSV. A suggestion: the announced schedule always wins.</translation>
    </message>
    <message>
        <source>Check an identifier: valid prints the normalised value and exits 0; invalid prints why and exits 1.</source>
        <translation>Check an identifier: valid prints the normalised value and exits 0; invalid prints why and exits 1.</translation>
    </message>
    <message>
        <source>Usage: motcua-admin [--dsn DSN] &lt;command&gt; [arguments]</source>
        <translation>Usage: motcua-admin [--dsn DSN] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Connection: --dsn takes a libpq connection string or postgresql:// URI; without it the PG* environment variables and PGSERVICE apply.</source>
        <translation>Connection: --dsn takes a libpq connection string or postgresql:// URI; without it the PG* environment variables and PGSERVICE apply.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused or invalid value, 2 malformed arguments, 3 database or other failure.</source>
        <translation>Exit codes: 0 success, 1 refused or invalid value, 2 malformed arguments, 3 database or other failure.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run motcua-admin --help.</source>
        <translation>Unknown command &quot;%1&quot;. Run motcua-admin --help.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>The option %1 takes no value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>The option %1 is given more than once.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-02T10:00.</source>
        <translation>&quot;%1&quot; is not a date and time like 2026-03-02T10:00.</translation>
    </message>
    <message>
        <source>Usage: due-date --received 2026-03-02T10:00 --duration 3d|4h|0.5d [--cutoff 15:00] [--hours &quot;mon-fri 07:30-11:30,13:00-17:00&quot;] [--calendar FILE.csv] [--pause FROM/TO]... [--finished TIME]</source>
        <translation>Usage: due-date --received 2026-03-02T10:00 --duration 3d|4h|0.5d [--cutoff 15:00] [--hours &quot;mon-fri 07:30-11:30,13:00-17:00&quot;] [--calendar FILE.csv] [--pause FROM/TO]... [--finished TIME]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>The option %1 is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 15:00.</source>
        <translation>&quot;%1&quot; is not a time like 15:00.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pause FROM/TO.</source>
        <translation>&quot;%1&quot; is not a pause FROM/TO.</translation>
    </message>
    <message>
        <source>Usage: lunar-to-solar DAY MONTH YEAR [--leap]</source>
        <translation>Usage: lunar-to-solar DAY MONTH YEAR [--leap]</translation>
    </message>
    <message>
        <source>Expected DAY MONTH YEAR, e.g. lunar-to-solar 10 3 2026.</source>
        <translation>Expected DAY MONTH YEAR, e.g. lunar-to-solar 10 3 2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>Usage: holidays suggest --year YEAR [--hours SPEC] [--national-day-extra 1|3]</source>
        <translation>Usage: holidays suggest --year YEAR [--hours SPEC] [--national-day-extra 1|3]</translation>
    </message>
    <message>
        <source>Expected: holidays suggest --year YEAR</source>
        <translation>Expected: holidays suggest --year YEAR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1 or 3 (September).</source>
        <translation>&quot;%1&quot; must be 1 or 3 (September).</translation>
    </message>
    <message>
        <source>Usage: check cccd|cmnd|mst|phone VALUE [--birth-year YEAR]</source>
        <translation>Usage: check cccd|cmnd|mst|phone VALUE [--birth-year YEAR]</translation>
    </message>
    <message>
        <source>Expected: check cccd|cmnd|mst|phone VALUE</source>
        <translation>Expected: check cccd|cmnd|mst|phone VALUE</translation>
    </message>
    <message>
        <source>The option %1 applies to cccd only.</source>
        <translation>The option %1 applies to cccd only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-02.</source>
        <translation>&quot;%1&quot; is not a date like 2026-03-02.</translation>
    </message>
    <message>
        <source>Unknown identifier kind &quot;%1&quot;: use cccd, cmnd, mst or phone.</source>
        <translation>Unknown identifier kind &quot;%1&quot;: use cccd, cmnd, mst or phone.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>calendar: the option %1 needs a value.</source>
        <translation>calendar: the option %1 needs a value.</translation>
    </message>
    <message>
        <source>calendar: the option %1 is given more than once.</source>
        <translation>calendar: the option %1 is given more than once.</translation>
    </message>
    <message>
        <source>calendar: say import or export (motcua-admin --help).</source>
        <translation>calendar: say import or export (motcua-admin --help).</translation>
    </message>
    <message>
        <source>calendar: unknown action &quot;%1&quot;; use import or export.</source>
        <translation>calendar: unknown action &quot;%1&quot;; use import or export.</translation>
    </message>
    <message>
        <source>calendar %1: FILE.csv is missing.</source>
        <translation>calendar %1: FILE.csv is missing.</translation>
    </message>
    <message>
        <source>calendar %1: unexpected argument &quot;%2&quot;.</source>
        <translation>calendar %1: unexpected argument &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>calendar %1: unknown option %2.</source>
        <translation>calendar %1: unknown option %2.</translation>
    </message>
    <message>
        <source>calendar %1: the option %2 needs a value.</source>
        <translation>calendar %1: the option %2 needs a value.</translation>
    </message>
    <message>
        <source>calendar export: --year must be a year like 2026, not &quot;%1&quot;.</source>
        <translation>calendar export: --year must be a year like 2026, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>calendar import: cannot read %1: %2</source>
        <translation>calendar import: cannot read %1: %2</translation>
    </message>
    <message>
        <source>calendar import: %1: %2</source>
        <translation>calendar import: %1: %2</translation>
    </message>
    <message>
        <source>Imported from %1 (motcua-admin)</source>
        <translation>Imported from %1 (motcua-admin)</translation>
    </message>
    <message>
        <source>calendar export: cannot write %1: %2</source>
        <translation>calendar export: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Import or export the announced calendar days (header date,type,note) city-wide or, with --unit, of one unit. Import replaces the stored type and note of every date in the file, in one audited transaction, and prints imported=N inserted=I updated=U unchanged=K.</source>
        <translation>Import or export the announced calendar days (header date,type,note) city-wide or, with --unit, of one unit. Import replaces the stored type and note of every date in the file, in one audited transaction, and prints imported=N inserted=I updated=U unchanged=K.</translation>
    </message>
</context>
<context>
    <name>Motcua::DbError</name>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Give a reason for the change.</translation>
    </message>
    <message>
        <source>The stored working hours overlap: %1</source>
        <translation>The stored working hours overlap: %1</translation>
    </message>
    <message>
        <source>Nothing is announced on %1 for this scope.</source>
        <translation>Nothing is announced on %1 for this scope.</translation>
    </message>
    <message>
        <source>The working hours must include some working time.</source>
        <translation>The working hours must include some working time.</translation>
    </message>
    <message>
        <source>No unit has the code %1.</source>
        <translation>No unit has the code %1.</translation>
    </message>
    <message>
        <source>A new version must take effect after %1, when the current version took effect.</source>
        <translation>A new version must take effect after %1, when the current version took effect.</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>The connection string is not valid: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Your work is kept; it will be sent when the connection is back.</source>
        <translation>The database server cannot be reached. Your work is kept; it will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <source>The database refused the data as invalid.</source>
        <translation>The database refused the data as invalid.</translation>
    </message>
    <message>
        <source>Somebody else changed this record at the same time. Please try again.</source>
        <translation>Somebody else changed this record at the same time. Please try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>Missing resource %1.</source>
        <translation>Missing resource %1.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this program (version %2). Install the newer Motcua Desk.</source>
        <translation>The database schema (version %1) is newer than this program (version %2). Install the newer Motcua Desk.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it was applied to this database. Restore the original file or add a new migration.</source>
        <translation>Migration %1 (%2) was changed after it was applied to this database. Restore the original file or add a new migration.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this program needs version %2. Ask an administrator to run &quot;motcua-admin migrate&quot;.</source>
        <translation>The database schema is at version %1 but this program needs version %2. Ask an administrator to run &quot;motcua-admin migrate&quot;.</translation>
    </message>
    <message>
        <source>Unknown database role.</source>
        <translation>Unknown database role.</translation>
    </message>
    <message>
        <source>The account %1 is not registered as active staff of any unit.</source>
        <translation>The account %1 is not registered as active staff of any unit.</translation>
    </message>
</context>
<context>
    <name>Motcua::Desktop</name>
    <message>
        <source>Log in as this database role without the dialog.</source>
        <translation>Log in as this database role without the dialog.</translation>
    </message>
    <message>
        <source>Save the main window to a PNG file and quit.</source>
        <translation>Save the main window to a PNG file and quit.</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; when the login window is shown, then quit.</source>
        <translation>Print &quot;shown&quot; when the login window is shown, then quit.</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierCode</name>
    <message>
        <source>&quot;%1&quot; is not an agency code: use upper-case letters and digits in dot-separated groups, like 000.00.31.H29.</source>
        <translation>&quot;%1&quot; is not an agency code: use upper-case letters and digits in dot-separated groups, like 000.00.31.H29.</translation>
    </message>
    <message>
        <source>A dossier code can only carry a date in 2000–2099.</source>
        <translation>A dossier code can only carry a date in 2000–2099.</translation>
    </message>
    <message>
        <source>The daily sequence %1 is outside 1–9999: the unit has used up today&apos;s dossier codes.</source>
        <translation>The daily sequence %1 is outside 1–9999: the unit has used up today&apos;s dossier codes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dossier code: expected &lt;agency&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;.</source>
        <translation>&quot;%1&quot; is not a dossier code: expected &lt;agency&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency code.</source>
        <translation>&quot;%1&quot; is not an agency code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYMMDD.</source>
        <translation>&quot;%1&quot; is not a date in the form YYMMDD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sequence number 0001–9999.</source>
        <translation>&quot;%1&quot; is not a sequence number 0001–9999.</translation>
    </message>
</context>
<context>
    <name>Motcua::DueDate</name>
    <message>
        <source>Pause %1 has no start or no end.</source>
        <translation>Pause %1 has no start or no end.</translation>
    </message>
    <message>
        <source>Pause %1 is reversed: it ends (%2) before it starts (%3).</source>
        <translation>Pause %1 is reversed: it ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>Pause %1 starts (%2) before the dossier was received (%3).</source>
        <translation>Pause %1 starts (%2) before the dossier was received (%3).</translation>
    </message>
    <message>
        <source>The pauses %1–%2 and %3–%4 overlap.</source>
        <translation>The pauses %1–%2 and %3–%4 overlap.</translation>
    </message>
    <message>
        <source>The receipt time is missing or invalid.</source>
        <translation>The receipt time is missing or invalid.</translation>
    </message>
    <message>
        <source>The working calendar has no working hours.</source>
        <translation>The working calendar has no working hours.</translation>
    </message>
    <message>
        <source>The working calendar has no working day after %1.</source>
        <translation>The working calendar has no working day after %1.</translation>
    </message>
    <message>
        <source>The processing time must be greater than zero.</source>
        <translation>The processing time must be greater than zero.</translation>
    </message>
    <message>
        <source>The working calendar has too few working days to count %1.</source>
        <translation>The working calendar has too few working days to count %1.</translation>
    </message>
    <message>
        <source>There is no due date to extend.</source>
        <translation>There is no due date to extend.</translation>
    </message>
    <message>
        <source>The new due date is missing or invalid.</source>
        <translation>The new due date is missing or invalid.</translation>
    </message>
    <message>
        <source>The new due date (%1) must be later than the current one (%2).</source>
        <translation>The new due date (%1) must be later than the current one (%2).</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>An extension needs a reason.</translation>
    </message>
</context>
<context>
    <name>Motcua::Duration</name>
    <message>
        <source>The processing time is empty: write e.g. 3d or 4h.</source>
        <translation>The processing time is empty: write e.g. 3d or 4h.</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is negative.</source>
        <translation>The processing time &quot;%1&quot; is negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a processing time: write e.g. 3d, 0.5d or 4h.</source>
        <translation>&quot;%1&quot; is not a processing time: write e.g. 3d, 0.5d or 4h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unit: add d (working days) or h (working hours).</source>
        <translation>&quot;%1&quot; has no unit: add d (working days) or h (working hours).</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use d (working days) or h (working hours).</source>
        <translation>Unknown unit &quot;%1&quot;: use d (working days) or h (working hours).</translation>
    </message>
    <message>
        <source>The processing time must be greater than zero.</source>
        <translation>The processing time must be greater than zero.</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is shorter than a minute.</source>
        <translation>The processing time &quot;%1&quot; is shorter than a minute.</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is longer than %2 working days.</source>
        <translation>The processing time &quot;%1&quot; is longer than %2 working days.</translation>
    </message>
</context>
<context>
    <name>Motcua::HolidaySuggestionsDialog</name>
    <message>
        <source>&amp;Save checked days</source>
        <translation>&amp;Save checked days</translation>
    </message>
    <message>
        <source>Pre-fill %1 from the lunar calendar</source>
        <translation>Pre-fill %1 from the lunar calendar</translation>
    </message>
    <message>
        <source>The public holidays of %1 under the Labour Code, computed from the Vietnamese lunar calendar, with days off in lieu. Only a suggestion: check the days the government has announced. Days already in the calendar are kept as they are.</source>
        <translation>The public holidays of %1 under the Labour Code, computed from the Vietnamese lunar calendar, with days off in lieu. Only a suggestion: check the days the government has announced. Days already in the calendar are kept as they are.</translation>
    </message>
    <message>
        <source>1 September</source>
        <translation>1 September</translation>
    </message>
    <message>
        <source>3 September</source>
        <translation>3 September</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>In the calendar</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>kept: %1 — %2</source>
        <translation>kept: %1 — %2</translation>
    </message>
    <message>
        <source>Check at least one day to add.</source>
        <translation>Check at least one day to add.</translation>
    </message>
    <message>
        <source>Say why these days are added (e.g. the announcement).</source>
        <translation>Say why these days are added (e.g. the announcement).</translation>
    </message>
</context>
<context>
    <name>Motcua::Holidays</name>
    <message>
        <source>Holidays can be suggested for the years %1–%2 only.</source>
        <translation>Holidays can be suggested for the years %1–%2 only.</translation>
    </message>
    <message>
        <source>The day added to National Day must be 1 or 3 September.</source>
        <translation>The day added to National Day must be 1 or 3 September.</translation>
    </message>
    <message>
        <source>The working hours contain no working time.</source>
        <translation>The working hours contain no working time.</translation>
    </message>
</context>
<context>
    <name>Motcua::Identifiers</name>
    <message>
        <source>The personal ID number is empty.</source>
        <translation>The personal ID number is empty.</translation>
    </message>
    <message>
        <source>A personal ID number contains digits only.</source>
        <translation>A personal ID number contains digits only.</translation>
    </message>
    <message>
        <source>A personal ID number has 12 digits, this one has %1.</source>
        <translation>A personal ID number has 12 digits, this one has %1.</translation>
    </message>
    <message>
        <source>%1 is not a province code: the first 3 digits must be the province of birth registration.</source>
        <translation>%1 is not a province code: the first 3 digits must be the province of birth registration.</translation>
    </message>
    <message>
        <source>Digits 4–6 give the birth year %1, which is in the future.</source>
        <translation>Digits 4–6 give the birth year %1, which is in the future.</translation>
    </message>
    <message>
        <source>The number gives the birth year %1, but the birth year entered is %2.</source>
        <translation>The number gives the birth year %1, but the birth year entered is %2.</translation>
    </message>
    <message>
        <source>The identity card number is empty.</source>
        <translation>The identity card number is empty.</translation>
    </message>
    <message>
        <source>An identity card number contains digits only.</source>
        <translation>An identity card number contains digits only.</translation>
    </message>
    <message>
        <source>An old identity card (CMND) number has 9 digits, this one has %1.</source>
        <translation>An old identity card (CMND) number has 9 digits, this one has %1.</translation>
    </message>
    <message>
        <source>The tax code is empty.</source>
        <translation>The tax code is empty.</translation>
    </message>
    <message>
        <source>A branch tax code is written NNNNNNNNNN-BBB.</source>
        <translation>A branch tax code is written NNNNNNNNNN-BBB.</translation>
    </message>
    <message>
        <source>A tax code contains digits only (and one dash before a branch number).</source>
        <translation>A tax code contains digits only (and one dash before a branch number).</translation>
    </message>
    <message>
        <source>A 12-digit tax code is a personal ID number: %1</source>
        <translation>A 12-digit tax code is a personal ID number: %1</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, 13 for a branch or 12 for a personal ID; this one has %1.</source>
        <translation>A tax code has 10 digits, 13 for a branch or 12 for a personal ID; this one has %1.</translation>
    </message>
    <message>
        <source>The check digit of tax code %1 is wrong: please check for a typing error.</source>
        <translation>The check digit of tax code %1 is wrong: please check for a typing error.</translation>
    </message>
    <message>
        <source>The branch number of a tax code cannot be 000.</source>
        <translation>The branch number of a tax code cannot be 000.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>A phone number contains digits only (spaces, dots and dashes are ignored; +84 is allowed in front).</source>
        <translation>A phone number contains digits only (spaces, dots and dashes are ignored; +84 is allowed in front).</translation>
    </message>
    <message>
        <source>A Vietnamese phone number starts with 0 or +84.</source>
        <translation>A Vietnamese phone number starts with 0 or +84.</translation>
    </message>
    <message>
        <source>A landline number has 11 digits (02x area code + 8 digits), this one has %1.</source>
        <translation>A landline number has 11 digits (02x area code + 8 digits), this one has %1.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits, this one has %1.</source>
        <translation>A mobile number has 10 digits, this one has %1.</translation>
    </message>
    <message>
        <source>%1 is not a Vietnamese mobile prefix (03x, 05x, 07x, 08x, 09x) or landline area code (02x).</source>
        <translation>%1 is not a Vietnamese mobile prefix (03x, 05x, 07x, 08x, 09x) or landline area code (02x).</translation>
    </message>
</context>
<context>
    <name>Motcua::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
</context>
<context>
    <name>Motcua::LunarCalendar</name>
    <message>
        <source>The lunar year %1 is outside the supported range %2–%3.</source>
        <translation>The lunar year %1 is outside the supported range %2–%3.</translation>
    </message>
    <message>
        <source>The lunar month %1 does not exist: months run from 1 to 12.</source>
        <translation>The lunar month %1 does not exist: months run from 1 to 12.</translation>
    </message>
    <message>
        <source>The lunar day %1 does not exist: days run from 1 to 30.</source>
        <translation>The lunar day %1 does not exist: days run from 1 to 30.</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month.</source>
        <translation>The lunar year %1 has no leap month.</translation>
    </message>
    <message>
        <source>The lunar year %1 has leap month %2, not %3.</source>
        <translation>The lunar year %1 has leap month %2, not %3.</translation>
    </message>
    <message>
        <source>Lunar month %1%2 of %3 has only %4 days.</source>
        <translation>Lunar month %1%2 of %3 has only %4 days.</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (leap)</translation>
    </message>
</context>
<context>
    <name>Motcua::MainWindow</name>
    <message>
        <source>About Motcua Desk</source>
        <translation>About Motcua Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Motcua Desk %1&lt;/b&gt;&lt;br&gt;For the one-stop counters of public administrative service centers.</source>
        <translation>&lt;b&gt;Motcua Desk %1&lt;/b&gt;&lt;br&gt;For the one-stop counters of public administrative service centers.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Unit: —</source>
        <translation>Unit: —</translation>
    </message>
    <message>
        <source>Unit: %1, counter %2</source>
        <translation>Unit: %1, counter %2</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Motcua Desk — %1</source>
        <translation>Motcua Desk — %1</translation>
    </message>
</context>
<context>
    <name>Motcua::ProcedureEditorDialog</name>
    <message>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>New version of %1 (current: version %2)</source>
        <translation>New version of %1 (current: version %2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>One-of group</source>
        <translation>One-of group</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The procedure code is 1 to 32 letters, digits, dots or dashes, e.g. 1.001193.</source>
        <translation>The procedure code is 1 to 32 letters, digits, dots or dashes, e.g. 1.001193.</translation>
    </message>
    <message>
        <source>Type the procedure&apos;s name.</source>
        <translation>Type the procedure&apos;s name.</translation>
    </message>
    <message>
        <source>Choose or type the sector.</source>
        <translation>Choose or type the sector.</translation>
    </message>
    <message>
        <source>The processing time must be more than zero.</source>
        <translation>The processing time must be more than zero.</translation>
    </message>
    <message>
        <source>Choose the processing department.</source>
        <translation>Choose the processing department.</translation>
    </message>
    <message>
        <source>The new version must take effect after %1, when the current version took effect.</source>
        <translation>The new version must take effect after %1, when the current version took effect.</translation>
    </message>
    <message>
        <source>Add at least one document to the checklist.</source>
        <translation>Add at least one document to the checklist.</translation>
    </message>
    <message>
        <source>Document %1 of the checklist has no name.</source>
        <translation>Document %1 of the checklist has no name.</translation>
    </message>
    <message>
        <source>Say why the procedure changes (e.g. the new decision that changed it).</source>
        <translation>Say why the procedure changes (e.g. the new decision that changed it).</translation>
    </message>
</context>
<context>
    <name>Motcua::ProcedureListModel</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
</context>
<context>
    <name>Motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>Motcua::WorkingHours</name>
    <message>
        <source>Unknown weekday number %1.</source>
        <translation>Unknown weekday number %1.</translation>
    </message>
    <message>
        <source>The interval %1-%2 is empty or reversed.</source>
        <translation>The interval %1-%2 is empty or reversed.</translation>
    </message>
    <message>
        <source>The intervals %1-%2 and %3-%4 overlap.</source>
        <translation>The intervals %1-%2 and %3-%4 overlap.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected days followed by intervals, e.g. &quot;mon-fri 07:30-11:30,13:00-17:00&quot;.</source>
        <translation>&quot;%1&quot;: expected days followed by intervals, e.g. &quot;mon-fri 07:30-11:30,13:00-17:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a day range.</source>
        <translation>&quot;%1&quot; is not a day or a day range.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Unknown day &quot;%1&quot;: use mon, tue, wed, thu, fri, sat or sun.</translation>
    </message>
    <message>
        <source>The day range &quot;%1&quot; is reversed.</source>
        <translation>The day range &quot;%1&quot; is reversed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time interval like 07:30-11:30.</source>
        <translation>&quot;%1&quot; is not a time interval like 07:30-11:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time (HH:MM).</source>
        <translation>&quot;%1&quot; is not a valid time (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>The working hours contain no working time.</source>
        <translation>The working hours contain no working time.</translation>
    </message>
</context>
<context>
    <name>Motcua::WorkingHoursDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Working hours of %1</translation>
    </message>
    <message>
        <source>City default working hours (every unit without hours of its own)</source>
        <translation>City default working hours (every unit without hours of its own)</translation>
    </message>
    <message>
        <source>This unit will work by the city default hours.</source>
        <translation>This unit will work by the city default hours.</translation>
    </message>
    <message>
        <source>%1 h %2 min of working time a week.</source>
        <translation>%1 h %2 min of working time a week.</translation>
    </message>
    <message>
        <source>Give at least one working day.</source>
        <translation>Give at least one working day.</translation>
    </message>
    <message>
        <source>Say why the working hours change.</source>
        <translation>Say why the working hours change.</translation>
    </message>
</context>
<context>
    <name>ProcedureEditorDialog</name>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Procedure &amp;code:</source>
        <translation>Procedure &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Processing &amp;time:</source>
        <translation>Processing &amp;time:</translation>
    </message>
    <message>
        <source>C&amp;ut-off:</source>
        <translation>C&amp;ut-off:</translation>
    </message>
    <message>
        <source>Received after</source>
        <translation>Received after</translation>
    </message>
    <message>
        <source>counts as received the next working day</source>
        <translation>counts as received the next working day</translation>
    </message>
    <message>
        <source>&amp;Fee (VND):</source>
        <translation>&amp;Fee (VND):</translation>
    </message>
    <message>
        <source>Fee &amp;note:</source>
        <translation>Fee &amp;note:</translation>
    </message>
    <message>
        <source>Processing &amp;department:</source>
        <translation>Processing &amp;department:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <source>Check&amp;list (documents to submit):</source>
        <translation>Check&amp;list (documents to submit):</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Add document</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>&amp;Remove document</translation>
    </message>
</context>
<context>
    <name>WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>&amp;Use the city default working hours</source>
        <translation>&amp;Use the city default working hours</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Days mon…sun, ranges (mon-fri) or lists (mon,wed), groups separated by &apos;;&apos;, e.g. mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30</source>
        <translation>Days mon…sun, ranges (mon-fri) or lists (mon,wed), groups separated by &apos;;&apos;, e.g. mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
</context>
</TS>
