<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionReasonDialog</name>
    <message>
        <source>New &amp;due date:</source>
        <translation>New &amp;due date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>10 digits, or 13 as NNNNNNNNNN-BBB</source>
        <translation>10 digits, or 13 as NNNNNNNNNN-BBB</translation>
    </message>
    <message>
        <source>&amp;CCCD / CMND:</source>
        <translation>&amp;CCCD / CMND:</translation>
    </message>
    <message>
        <source>12-digit CCCD or 9-digit CMND</source>
        <translation>12-digit CCCD or 9-digit CMND</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>With diacritics, e.g. Nguyễn Văn An</source>
        <translation>With diacritics, e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Pro&amp;vince / city:</source>
        <translation>Pro&amp;vince / city:</translation>
    </message>
    <message>
        <source>&amp;Ward / commune:</source>
        <translation>&amp;Ward / commune:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Street address:</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <source>Authorised &amp;representative:</source>
        <translation>Authorised &amp;representative:</translation>
    </message>
    <message>
        <source>Name, if somebody submits for the applicant</source>
        <translation>Name, if somebody submits for the applicant</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;ID:</source>
        <translation>Representative&apos;s &amp;ID:</translation>
    </message>
    <message>
        <source>CCCD or CMND of the representative</source>
        <translation>CCCD or CMND of the representative</translation>
    </message>
</context>
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
    <name>DossierView</name>
    <message>
        <source>Print &amp;apology letter</source>
        <translation>Print &amp;apology letter</translation>
    </message>
    <message>
        <source>&amp;Print control sheet</source>
        <translation>&amp;Print control sheet</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>CCCD / tax code:</source>
        <translation>CCCD / tax code:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Processing department:</source>
        <translation>Processing department:</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>Receiving unit:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Earlier due dates:</source>
        <translation>Earlier due dates:</translation>
    </message>
    <message>
        <source>Timeliness:</source>
        <translation>Timeliness:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Handed over:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Control sheet</source>
        <translation>Control sheet</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the result</source>
        <translation>Hand over the result</translation>
    </message>
    <message>
        <source>Who collects the result?</source>
        <translation>Who collects the result?</translation>
    </message>
    <message>
        <source>The &amp;applicant</source>
        <translation>The &amp;applicant</translation>
    </message>
    <message>
        <source>An a&amp;uthorised person</source>
        <translation>An a&amp;uthorised person</translation>
    </message>
    <message>
        <source>By &amp;post</source>
        <translation>By &amp;post</translation>
    </message>
    <message>
        <source>I checked the collector&apos;s identity card: the number matches</source>
        <translation>I checked the collector&apos;s identity card: the number matches</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>CCCD &amp;number:</source>
        <translation>CCCD &amp;number:</translation>
    </message>
    <message>
        <source>Au&amp;thorisation document:</source>
        <translation>Au&amp;thorisation document:</translation>
    </message>
    <message>
        <source>Number and date of the power of attorney</source>
        <translation>Number and date of the power of attorney</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>&amp;Find a dossier:</source>
        <translation>&amp;Find a dossier:</translation>
    </message>
    <message>
        <source>Scan the receipt, or type a code, CCCD, tax code or name</source>
        <translation>Scan the receipt, or type a code, CCCD, tax code or name</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
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
    <name>IntakePage</name>
    <message>
        <source>Contin&amp;ue it (Alt+U)</source>
        <translation>Contin&amp;ue it (Alt+U)</translation>
    </message>
    <message>
        <source>Continue the pending supplement request: its form and checklist come back (Alt+U)</source>
        <translation>Continue the pending supplement request: its form and checklist come back (Alt+U)</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. Applicant</translation>
    </message>
    <message>
        <source>2. Procedure</source>
        <translation>2. Procedure</translation>
    </message>
    <message>
        <source>Type to search, with or without diacritics; Enter chooses</source>
        <translation>Type to search, with or without diacritics; Enter chooses</translation>
    </message>
    <message>
        <source>3. Checklist (Space ticks a document; type a number in a count)</source>
        <translation>3. Checklist (Space ticks a document; type a number in a count)</translation>
    </message>
    <message>
        <source>Refuse… (Ctrl+R)</source>
        <translation>Refuse… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refuse the dossier with a stated reason and print form 03 (Ctrl+R)</source>
        <translation>Refuse the dossier with a stated reason and print form 03 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Request supplement… (Ctrl+B)</source>
        <translation>Request supplement… (Ctrl+B)</translation>
    </message>
    <message>
        <source>List everything missing and print form 02 (Ctrl+B)</source>
        <translation>List everything missing and print form 02 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Receive (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt (Ctrl+Enter, or Enter in a complete checklist)</source>
        <translation>Receive the dossier and print the receipt (Ctrl+Enter, or Enter in a complete checklist)</translation>
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
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>Take in a dossier at the counter (Ctrl+N)</source>
        <translation>Take in a dossier at the counter (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Handover and lookup</source>
        <translation>&amp;Handover and lookup</translation>
    </message>
    <message>
        <source>Find a dossier, follow its life and hand the result over (Ctrl+3)</source>
        <translation>Find a dossier, follow its life and hand the result over (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>The register of dossiers received by a unit (Ctrl+4)</source>
        <translation>The register of dossiers received by a unit (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Scorecard</translation>
    </message>
    <message>
        <source>The branches&apos; live scorecard, overdue dossiers and reviews (Ctrl+5)</source>
        <translation>The branches&apos; live scorecard, overdue dossiers and reviews (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>Motcua::ActionReasonDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — dossier %2, due %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — dossier %2, due %3.</translation>
    </message>
    <message>
        <source>The new due date must be after the current one.</source>
        <translation>The new due date must be after the current one.</translation>
    </message>
    <message>
        <source>State the reason: it is recorded on the control sheet.</source>
        <translation>State the reason: it is recorded on the control sheet.</translation>
    </message>
</context>
<context>
    <name>Motcua::ApplicantForm</name>
    <message>
        <source>Person (CCCD)</source>
        <translation>Person (CCCD)</translation>
    </message>
    <message>
        <source>Business (tax code)</source>
        <translation>Business (tax code)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Business &amp;name:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Submitter&apos;s CCCD:</source>
        <translation>&amp;Submitter&apos;s CCCD:</translation>
    </message>
    <message>
        <source>&amp;CCCD / CMND:</source>
        <translation>&amp;CCCD / CMND:</translation>
    </message>
    <message>
        <source>Submitted &amp;by (name):</source>
        <translation>Submitted &amp;by (name):</translation>
    </message>
    <message>
        <source>Authorised &amp;representative:</source>
        <translation>Authorised &amp;representative:</translation>
    </message>
    <message>
        <source>old CMND</source>
        <translation>old CMND</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Type the business&apos;s tax code.</source>
        <translation>Type the business&apos;s tax code.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s CCCD (or old CMND).</source>
        <translation>Type the applicant&apos;s CCCD (or old CMND).</translation>
    </message>
    <message>
        <source>Type the business&apos;s name.</source>
        <translation>Type the business&apos;s name.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s full name.</source>
        <translation>Type the applicant&apos;s full name.</translation>
    </message>
    <message>
        <source>Type the date of birth as day/month/year, e.g. 25/03/1990.</source>
        <translation>Type the date of birth as day/month/year, e.g. 25/03/1990.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.vn).</source>
        <translation>This is not an email address (name@example.vn).</translation>
    </message>
    <message>
        <source>Type the name of the person with this ID.</source>
        <translation>Type the name of the person with this ID.</translation>
    </message>
    <message>
        <source>CCCD QR code: Enter fills the form</source>
        <translation>CCCD QR code: Enter fills the form</translation>
    </message>
    <message>
        <source>not a valid CCCD QR code</source>
        <translation>not a valid CCCD QR code</translation>
    </message>
    <message>
        <source>%1 was “%2”</source>
        <translation>%1 was “%2”</translation>
    </message>
    <message>
        <source>Filled from the CCCD QR code.</source>
        <translation>Filled from the CCCD QR code.</translation>
    </message>
    <message>
        <source>Old ID number on the card: %1.</source>
        <translation>Old ID number on the card: %1.</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Replaced: %1.</translation>
    </message>
    <message>
        <source>Filled from the CCCD QR code</source>
        <translation>Filled from the CCCD QR code</translation>
    </message>
    <message>
        <source>Press Enter in this field to fill the form from the scanned CCCD QR code.</source>
        <translation>Press Enter in this field to fill the form from the scanned CCCD QR code.</translation>
    </message>
</context>
<context>
    <name>Motcua::BoardWindow</name>
    <message>
        <source>Ranked by the composite score of the month: %1</source>
        <translation>Ranked by the composite score of the month: %1</translation>
    </message>
    <message>
        <source>Public board</source>
        <translation>Public board</translation>
    </message>
    <message>
        <source>Service results of the branches</source>
        <translation>Service results of the branches</translation>
    </message>
    <message>
        <source>Month %1 — best composite score first</source>
        <translation>Month %1 — best composite score first</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>On time
this month</source>
        <translation>On time
this month</translation>
    </message>
    <message>
        <source>Satisfaction
this month</source>
        <translation>Satisfaction
this month</translation>
    </message>
    <message>
        <source>Received
today</source>
        <translation>Received
today</translation>
    </message>
    <message>
        <source>Not updated: %1 — figures as of %2</source>
        <translation>Not updated: %1 — figures as of %2</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Not updated: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>Motcua::BottleneckPanel</name>
    <message>
        <source>Choose a period.</source>
        <translation>Choose a period.</translation>
    </message>
    <message>
        <source>No dossiers in this period.</source>
        <translation>No dossiers in this period.</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>Highlighted: late share of %1 or more</source>
        <translation>Highlighted: late share of %1 or more</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Median (h)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90th percentile (h)</translation>
    </message>
    <message>
        <source>Late share</source>
        <translation>Late share</translation>
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
    <message>
        <source>Line %1, note: %2</source>
        <translation>Line %1, note: %2</translation>
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
    <name>Motcua::CccdQr</name>
    <message>
        <source>This is too long to be the QR code of a CCCD card (%1 characters); scan the card again.</source>
        <translation>This is too long to be the QR code of a CCCD card (%1 characters); scan the card again.</translation>
    </message>
    <message>
        <source>The CCCD QR code has %1 of its 7 fields separated by “|”; scan the card again.</source>
        <translation>The CCCD QR code has %1 of its 7 fields separated by “|”; scan the card again.</translation>
    </message>
    <message>
        <source>The CCCD QR code holds characters a card does not have (field %1); scan the card again.</source>
        <translation>The CCCD QR code holds characters a card does not have (field %1); scan the card again.</translation>
    </message>
    <message>
        <source>The date of birth in the QR code (“%1”) is not a date written ddMMyyyy.</source>
        <translation>The date of birth in the QR code (“%1”) is not a date written ddMMyyyy.</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is in the future.</source>
        <translation>The date of birth in the QR code is in the future.</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>QR code: %1</translation>
    </message>
    <message>
        <source>QR code, old ID number: %1</source>
        <translation>QR code, old ID number: %1</translation>
    </message>
    <message>
        <source>The QR code holds no name; scan the card again.</source>
        <translation>The QR code holds no name; scan the card again.</translation>
    </message>
    <message>
        <source>QR code, name: %1</source>
        <translation>QR code, name: %1</translation>
    </message>
    <message>
        <source>The sex in the QR code (“%1”) is neither Nam nor Nữ.</source>
        <translation>The sex in the QR code (“%1”) is neither Nam nor Nữ.</translation>
    </message>
    <message>
        <source>The QR code says %1, but the CCCD number is that of a %2.</source>
        <translation>The QR code says %1, but the CCCD number is that of a %2.</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>The QR code holds no address; scan the card again.</source>
        <translation>The QR code holds no address; scan the card again.</translation>
    </message>
    <message>
        <source>The issue date in the QR code (“%1”) is not a date written ddMMyyyy.</source>
        <translation>The issue date in the QR code (“%1”) is not a date written ddMMyyyy.</translation>
    </message>
    <message>
        <source>The issue date in the QR code (%1) is before the birth or in the future.</source>
        <translation>The issue date in the QR code (%1) is before the birth or in the future.</translation>
    </message>
</context>
<context>
    <name>Motcua::ChecklistModel</name>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>show only</source>
        <translation>show only</translation>
    </message>
    <message>
        <source>optional, show only</source>
        <translation>optional, show only</translation>
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
        <source>Space: received / not received</source>
        <translation>Space: received / not received</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Type a number or press F2 to change the count</source>
        <translation>Type a number or press F2 to change the count</translation>
    </message>
    <message>
        <source>Received — document</source>
        <translation>Received — document</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
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
</context>
<context>
    <name>Motcua::ChecklistVerdict</name>
    <message>
        <source>not submitted</source>
        <translation>not submitted</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certified copy(ies)</source>
        <translation>
            <numerusform>%n certified copy(ies)</numerusform>
            <numerusform>%n certified copy(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photocopy(ies)</source>
        <translation>
            <numerusform>%n photocopy(ies)</numerusform>
            <numerusform>%n photocopy(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>needs %1; received %2 original(s), %3 certified copy(ies), %4 photocopy(ies)</source>
        <translation>needs %1; received %2 original(s), %3 certified copy(ies), %4 photocopy(ies)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>one of these documents is needed</source>
        <translation>one of these documents is needed</translation>
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
    <message>
        <source>Usage: dossier show CODE | dossier status CODE ACTION [--note TEXT] [--new-due YYYY-MM-DDTHH:MM]</source>
        <translation>Usage: dossier show CODE | dossier status CODE ACTION [--note TEXT] [--new-due YYYY-MM-DDTHH:MM]</translation>
    </message>
    <message>
        <source>dossier status: name the new state, e.g. processing or ready</source>
        <translation>dossier status: name the new state, e.g. processing or ready</translation>
    </message>
    <message>
        <source>dossier status: unknown state &quot;%1&quot; (transferred, processing, supplement, supplemented, extended, stopped, withdrawn, ready, returned)</source>
        <translation>dossier status: unknown state &quot;%1&quot; (transferred, processing, supplement, supplemented, extended, stopped, withdrawn, ready, returned)</translation>
    </message>
    <message>
        <source>--new-due: &quot;%1&quot; is not a date and time like 2026-03-02T17:00</source>
        <translation>--new-due: &quot;%1&quot; is not a date and time like 2026-03-02T17:00</translation>
    </message>
    <message>
        <source>dossier status: unknown or incomplete argument &quot;%1&quot;</source>
        <translation>dossier status: unknown or incomplete argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dossier show: unknown argument &quot;%1&quot;</source>
        <translation>dossier show: unknown argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show a dossier with its control sheet, or change its state with the same rules and events as the app. ACTION: transferred, processing, supplement, supplemented, extended (--new-due and --note), stopped, withdrawn, ready, returned. Exits 1 with the reason when refused.</source>
        <translation>Show a dossier with its control sheet, or change its state with the same rules and events as the app. ACTION: transferred, processing, supplement, supplemented, extended (--new-due and --note), stopped, withdrawn, ready, returned. Exits 1 with the reason when refused.</translation>
    </message>
    <message>
        <source>calendar import: %1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>calendar import: %1 is not UTF-8 text; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>--reason: %1</source>
        <translation>--reason: %1</translation>
    </message>
    <message>
        <source>dossier %1: not a dossier code. %2</source>
        <translation>dossier %1: not a dossier code. %2</translation>
    </message>
    <message>
        <source>--note: %1</source>
        <translation>--note: %1</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; motcua-admin reads its arguments as UTF-8.</source>
        <translation>Argument %1 is not valid UTF-8 text; motcua-admin reads its arguments as UTF-8.</translation>
    </message>
    <message>
        <source>Argument %1 has %2 characters; motcua-admin takes at most %3 in one argument.</source>
        <translation>Argument %1 has %2 characters; motcua-admin takes at most %3 in one argument.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 is not UTF-8 text; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>scorecard: unknown argument &quot;%1&quot;</source>
        <translation>scorecard: unknown argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard: give the period as --from YYYY-MM-DD --to YYYY-MM-DD</source>
        <translation>scorecard: give the period as --from YYYY-MM-DD --to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>scorecard: unknown action &quot;%1&quot;</source>
        <translation>scorecard: unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard: --read-from applies to show only</source>
        <translation>scorecard: --read-from applies to show only</translation>
    </message>
    <message>
        <source>Scorecard bookkeeping rebuilt.</source>
        <translation>Scorecard bookkeeping rebuilt.</translation>
    </message>
    <message>
        <source>show: the branches ranked by the composite score with their figures (with --unit, that unit&apos;s counters), tab-separated; report: report II.06a as CSV; rebuild: recompute the scorecard bookkeeping from the dossiers (administrators); roll: add the days of the months ended since the last roll into the monthly bookkeeping and print months_before=YYYY-MM-DD (for a cron on the 1st; the scorecard also rolls by itself). --read-from DSN reads the figures from that server (a standby) and prints its freshness first.</source>
        <translation>show: the branches ranked by the composite score with their figures (with --unit, that unit&apos;s counters), tab-separated; report: report II.06a as CSV; rebuild: recompute the scorecard bookkeeping from the dossiers (administrators); roll: add the days of the months ended since the last roll into the monthly bookkeeping and print months_before=YYYY-MM-DD (for a cron on the 1st; the scorecard also rolls by itself). --read-from DSN reads the figures from that server (a standby) and prints its freshness first.</translation>
    </message>
    <message>
        <source>scorecard: say show, report, rebuild or roll</source>
        <translation>scorecard: say show, report, rebuild or roll</translation>
    </message>
    <message>
        <source>its fields no longer give its stored hash: the row was changed after it was written</source>
        <translation>its fields no longer give its stored hash: the row was changed after it was written</translation>
    </message>
    <message>
        <source>it does not follow the event stored before it: an earlier event of the dossier was removed, inserted or renumbered</source>
        <translation>it does not follow the event stored before it: an earlier event of the dossier was removed, inserted or renumbered</translation>
    </message>
    <message>
        <source>it has no hash: it was written past the chain&apos;s trigger</source>
        <translation>it has no hash: it was written past the chain&apos;s trigger</translation>
    </message>
    <message>
        <source>Usage: audit verify [--unit CODE]</source>
        <translation>Usage: audit verify [--unit CODE]</translation>
    </message>
    <message>
        <source>audit verify: unknown or incomplete argument &quot;%1&quot;</source>
        <translation>audit verify: unknown or incomplete argument &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>The control sheet was tampered with: %n event(s) break their chain. The first is event %1 of dossier %2 (%3): %4.</source>
        <translation>
            <numerusform>The control sheet was tampered with: %n event break their chain. The first is event %1 of dossier %2 (%3): %4.</numerusform>
            <numerusform>The control sheet was tampered with: %n events break their chain. The first is event %1 of dossier %2 (%3): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recompute the hash chain of every dossier&apos;s control sheet (with --unit, of the dossiers that unit received) apart from the server and print events=N broken=K. Exits 1 when an event was changed, removed or inserted after it was written, and names the first broken event.</source>
        <translation>Recompute the hash chain of every dossier&apos;s control sheet (with --unit, of the dossiers that unit received) apart from the server and print events=N broken=K. Exits 1 when an event was changed, removed or inserted after it was written, and names the first broken event.</translation>
    </message>
    <message>
        <source>No counter (post, online)</source>
        <translation>No counter (post, online)</translation>
    </message>
    <message>
        <source>Counter #%1</source>
        <translation>Counter #%1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Motcua::CompliancePanel</name>
    <message>
        <source>Repeated supplement requests</source>
        <translation>Repeated supplement requests</translation>
    </message>
    <message>
        <source>Blank or boilerplate reason</source>
        <translation>Blank or boilerplate reason</translation>
    </message>
    <message>
        <source>Late without apology</source>
        <translation>Late without apology</translation>
    </message>
    <message>
        <source>Extended after the due date</source>
        <translation>Extended after the due date</translation>
    </message>
    <message>
        <source>Handed over without authorisation</source>
        <translation>Handed over without authorisation</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Choose a period.</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>No findings in this period.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>All kinds (%1)</source>
        <translation>All kinds (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(at the counter)</source>
        <translation>(at the counter)</translation>
    </message>
    <message>
        <source>%1 supplement requests at the counter for the same applicant and procedure (%2)</source>
        <translation>%1 supplement requests at the counter for the same applicant and procedure (%2)</translation>
    </message>
    <message>
        <source>%1 supplement requests for this dossier while it was processed (everything missing must be asked at once)</source>
        <translation>%1 supplement requests for this dossier while it was processed (everything missing must be asked at once)</translation>
    </message>
    <message>
        <source>Refusal with the reason &quot;%1&quot;</source>
        <translation>Refusal with the reason &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Supplement request with the reason &quot;%1&quot;</source>
        <translation>Supplement request with the reason &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Processing stopped with the reason &quot;%1&quot;</source>
        <translation>Processing stopped with the reason &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Supplement requested while processing with the reason &quot;%1&quot;</source>
        <translation>Supplement requested while processing with the reason &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Finished %1, due %2, with no apology or extension</source>
        <translation>Finished %1, due %2, with no apology or extension</translation>
    </message>
    <message>
        <source>Still unfinished, due %1, with no apology or extension</source>
        <translation>Still unfinished, due %1, with no apology or extension</translation>
    </message>
    <message>
        <source>Extended %1, after the due date %2 had passed; new due date %3</source>
        <translation>Extended %1, after the due date %2 had passed; new due date %3</translation>
    </message>
    <message>
        <source>Result handed to %1 (ID %2) without an authorisation</source>
        <translation>Result handed to %1 (ID %2) without an authorisation</translation>
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
    <message>
        <source>The PostgreSQL client library (libpq) is not installed.</source>
        <translation>The PostgreSQL client library (libpq) is not installed.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>No dossier has the code %1.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>The dossier no longer exists.</translation>
    </message>
    <message>
        <source>Somebody else changed this dossier first; it is now &quot;%1&quot;. Look at it again before acting.</source>
        <translation>Somebody else changed this dossier first; it is now &quot;%1&quot;. Look at it again before acting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>&quot;%1&quot; needs a reason.</translation>
    </message>
    <message>
        <source>An extension needs a new due date after the current one.</source>
        <translation>An extension needs a new due date after the current one.</translation>
    </message>
    <message>
        <source>A return by post needs the tracking number.</source>
        <translation>A return by post needs the tracking number.</translation>
    </message>
    <message>
        <source>An authorised person&apos;s name and ID are needed.</source>
        <translation>An authorised person&apos;s name and ID are needed.</translation>
    </message>
    <message>
        <source>Somebody else changed this dossier first; it is now &quot;%1&quot;.</source>
        <translation>Somebody else changed this dossier first; it is now &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your account may not change this dossier (it belongs to another unit or department).</source>
        <translation>Your account may not change this dossier (it belongs to another unit or department).</translation>
    </message>
    <message>
        <source>The server returned no dossier.</source>
        <translation>The server returned no dossier.</translation>
    </message>
    <message>
        <source>The dossier could not be received.</source>
        <translation>The dossier could not be received.</translation>
    </message>
    <message>
        <source>The server recorded nothing.</source>
        <translation>The server recorded nothing.</translation>
    </message>
    <message>
        <source>A supplement request must list what is missing.</source>
        <translation>A supplement request must list what is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing or incomplete</source>
        <translation>
            <numerusform>%n document missing or incomplete</numerusform>
            <numerusform>%n documents missing or incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>A refusal must state its reason.</source>
        <translation>A refusal must state its reason.</translation>
    </message>
    <message>
        <source>The period of the register is not valid.</source>
        <translation>The period of the register is not valid.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>The statement could not be run.</source>
        <translation>The statement could not be run.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the host name. Connect with the name the certificate was issued for (for example the server&apos;s DNS name rather than its IP address), or ask your administrator.</source>
        <translation>The server&apos;s certificate does not match the host name. Connect with the name the certificate was issued for (for example the server&apos;s DNS name rather than its IP address), or ask your administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the trusted certificate authority. Check the root certificate (sslrootcert) of this connection, or ask your administrator.</source>
        <translation>The server&apos;s certificate is not signed by the trusted certificate authority. Check the root certificate (sslrootcert) of this connection, or ask your administrator.</translation>
    </message>
    <message>
        <source>The root certificate to check the server against was not found. Give its file (sslrootcert) in the connection settings.</source>
        <translation>The root certificate to check the server against was not found. Give its file (sslrootcert) in the connection settings.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, but these connection settings require one.</source>
        <translation>The server does not offer an encrypted connection, but these connection settings require one.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections. Choose the SSL mode verify-full (or require) in the connection settings.</source>
        <translation>The server accepts only encrypted connections. Choose the SSL mode verify-full (or require) in the connection settings.</translation>
    </message>
    <message>
        <source>The database is busy with other work. Please try again.</source>
        <translation>The database is busy with other work. Please try again.</translation>
    </message>
    <message>
        <source>The new due date must fall within the unit&apos;s working hours on a working day.</source>
        <translation>The new due date must fall within the unit&apos;s working hours on a working day.</translation>
    </message>
    <message>
        <source>This device may not rate that: it belongs to another counter, or the account is not a rating device.</source>
        <translation>This device may not rate that: it belongs to another counter, or the account is not a rating device.</translation>
    </message>
    <message>
        <source>This has already been rated. Thank you.</source>
        <translation>This has already been rated. Thank you.</translation>
    </message>
    <message>
        <source>The time to rate this has passed.</source>
        <translation>The time to rate this has passed.</translation>
    </message>
    <message>
        <source>There is nothing to rate for this dossier.</source>
        <translation>There is nothing to rate for this dossier.</translation>
    </message>
    <message>
        <source>Unknown rating device.</source>
        <translation>Unknown rating device.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>The transaction has already ended.</translation>
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
        <source>Show the public board of the branches full screen instead of the main window.</source>
        <translation>Show the public board of the branches full screen instead of the main window.</translation>
    </message>
    <message>
        <source>With --board: Esc does not close the board.</source>
        <translation>With --board: Esc does not close the board.</translation>
    </message>
    <message>
        <source>This account is not a rating device. Log in with the account of the counter&apos;s rating terminal or of the hall kiosk.</source>
        <translation>This account is not a rating device. Log in with the account of the counter&apos;s rating terminal or of the hall kiosk.</translation>
    </message>
    <message>
        <source>This account is a counter&apos;s rating terminal: start it with --rating-terminal.</source>
        <translation>This account is a counter&apos;s rating terminal: start it with --rating-terminal.</translation>
    </message>
    <message>
        <source>This account is a hall kiosk: start it with --rating-kiosk.</source>
        <translation>This account is a hall kiosk: start it with --rating-kiosk.</translation>
    </message>
    <message>
        <source>Be the rating terminal facing the citizen at a counter (log in as the counter&apos;s terminal account).</source>
        <translation>Be the rating terminal facing the citizen at a counter (log in as the counter&apos;s terminal account).</translation>
    </message>
    <message>
        <source>Be the hall kiosk where citizens rate a dossier by the code on their receipt (log in as the kiosk&apos;s account).</source>
        <translation>Be the hall kiosk where citizens rate a dossier by the code on their receipt (log in as the kiosk&apos;s account).</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; when the login window has painted its first frame, then quit.</source>
        <translation>Print &quot;shown&quot; when the login window has painted its first frame, then quit.</translation>
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
    <name>Motcua::DossierForms</name>
    <message>
        <source>Received at the counter</source>
        <translation>Received at the counter</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierLifecycle</name>
    <message>
        <source>counter clerks</source>
        <translation>counter clerks</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>supervisors</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>administrators</translation>
    </message>
    <message>
        <source>processing departments</source>
        <translation>processing departments</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Transferred to the department</source>
        <translation>Transferred to the department</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>In processing</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s supplement</source>
        <translation>Waiting for the citizen&apos;s supplement</translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation>Ready for return</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>Transfer to the department</source>
        <translation>Transfer to the department</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Extend with apology</source>
        <translation>Extend with apology</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Result ready for return</source>
        <translation>Result ready for return</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible: the dossier is &quot;%2&quot;; it must be %3.</source>
        <translation>&quot;%1&quot; is not possible: the dossier is &quot;%2&quot;; it must be %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for %2 only.</source>
        <translation>&quot;%1&quot; is for %2 only.</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierListModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Processing department</source>
        <translation>Processing department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Late by</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierView</name>
    <message>
        <source>Done: %1. The dossier is now &quot;%2&quot;.</source>
        <translation>Done: %1. The dossier is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No dossier open: scan or type a dossier code.</source>
        <translation>No dossier open: scan or type a dossier code.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color: #1565c0&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color: #1565c0&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (represented by %1, %2)</source>
        <translation> (represented by %1, %2)</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(code %2, version %3)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(code %2, version %3)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — clock stopped since %1</source>
        <translation> — clock stopped since %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>by post, tracking number %1</source>
        <translation>by post, tracking number %1</translation>
    </message>
    <message>
        <source>to %1 (CCCD %2), authorised by %3</source>
        <translation>to %1 (CCCD %2), authorised by %3</translation>
    </message>
    <message>
        <source>to the applicant</source>
        <translation>to the applicant</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Unit, counter</source>
        <translation>Unit, counter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, counter %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (new due %2)</source>
        <translation>%1 (new due %2)</translation>
    </message>
    <message>
        <source>Against the due date then: %1</source>
        <translation>Against the due date then: %1</translation>
    </message>
    <message>
        <source>No action for you at this stage.</source>
        <translation>No action for you at this stage.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Returned. The citizen can now rate the handover on the counter&apos;s rating terminal.</source>
        <translation>Returned. The citizen can now rate the handover on the counter&apos;s rating terminal.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>hall kiosk</source>
        <translation>hall kiosk</translation>
    </message>
    <message>
        <source>counter terminal</source>
        <translation>counter terminal</translation>
    </message>
    <message>
        <source>typed by the clerk</source>
        <translation>typed by the clerk</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3%4, %5)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3%4, %5)</translation>
    </message>
    <message>
        <source>%1: not rated yet; the citizen may rate it at a hall kiosk until %2</source>
        <translation>%1: not rated yet; the citizen may rate it at a hall kiosk until %2</translation>
    </message>
    <message>
        <source>%1: not rated (the time to rate it has passed)</source>
        <translation>%1: not rated (the time to rate it has passed)</translation>
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
    <name>Motcua::FreeText</name>
    <message>
        <source>This field takes at most %1 characters; the text has %2.</source>
        <translation>This field takes at most %1 characters; the text has %2.</translation>
    </message>
    <message>
        <source>The text holds a broken character (invalid Unicode) at position %1; type it again.</source>
        <translation>The text holds a broken character (invalid Unicode) at position %1; type it again.</translation>
    </message>
    <message>
        <source>This field takes one line: remove the line break or tab at position %1.</source>
        <translation>This field takes one line: remove the line break or tab at position %1.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (%1) at position %2; remove it.</source>
        <translation>The text holds an invisible control character (%1) at position %2; remove it.</translation>
    </message>
    <message>
        <source>The text holds a text-direction override (%1) at position %2, which would make it print differently from what is stored; remove it.</source>
        <translation>The text holds a text-direction override (%1) at position %2, which would make it print differently from what is stored; remove it.</translation>
    </message>
</context>
<context>
    <name>Motcua::HandoverDialog</name>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>No identity number is on record for &lt;b&gt;%1&lt;/b&gt;: check the collector&apos;s identity document.</source>
        <translation>No identity number is on record for &lt;b&gt;%1&lt;/b&gt;: check the collector&apos;s identity document.</translation>
    </message>
    <message>
        <source>Ask for the identity card of &lt;b&gt;%1&lt;/b&gt; and compare its number with the one on record:&lt;br&gt;&lt;span style=&quot;font-size: 18pt; font-weight: bold; letter-spacing: 2px&quot;&gt;%2&lt;/span&gt;</source>
        <translation>Ask for the identity card of &lt;b&gt;%1&lt;/b&gt; and compare its number with the one on record:&lt;br&gt;&lt;span style=&quot;font-size: 18pt; font-weight: bold; letter-spacing: 2px&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Type the authorised person&apos;s name.</source>
        <translation>Type the authorised person&apos;s name.</translation>
    </message>
    <message>
        <source>Note the authorisation document (number and date).</source>
        <translation>Note the authorisation document (number and date).</translation>
    </message>
    <message>
        <source>A return by post needs the tracking number.</source>
        <translation>A return by post needs the tracking number.</translation>
    </message>
    <message>
        <source>Confirm that the collector&apos;s identity card matches.</source>
        <translation>Confirm that the collector&apos;s identity card matches.</translation>
    </message>
</context>
<context>
    <name>Motcua::HandoverPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation>
            <numerusform>%n dossier found.</numerusform>
            <numerusform>%n dossiers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
%3
Due %4</source>
        <translation>%1
%2
%3
Due %4</translation>
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
    <name>Motcua::IntakePage</name>
    <message>
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <source>Your account belongs to no unit: it cannot take in dossiers.</source>
        <translation>Your account belongs to no unit: it cannot take in dossiers.</translation>
    </message>
    <message>
        <source>The dossier is not complete: tick what was handed over, or request a supplement (Ctrl+B).</source>
        <translation>The dossier is not complete: tick what was handed over, or request a supplement (Ctrl+B).</translation>
    </message>
    <message>
        <source>%1 is queued: the receipt is printed when the server has issued the code.</source>
        <translation>%1 is queued: the receipt is printed when the server has issued the code.</translation>
    </message>
    <message>
        <source>Received: dossier &lt;b&gt;%1&lt;/b&gt;, due %2.</source>
        <translation>Received: dossier &lt;b&gt;%1&lt;/b&gt;, due %2.</translation>
    </message>
    <message>
        <source>Nothing is missing: receive the dossier instead (Ctrl+Enter).</source>
        <translation>Nothing is missing: receive the dossier instead (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The supplement request was not recorded: %1 The form is kept; try again.</source>
        <translation>The supplement request was not recorded: %1 The form is kept; try again.</translation>
    </message>
    <message numerus="yes">
        <source>Supplement request no. %1 recorded for %2: %n document(s) missing. It continues when the applicant comes back.</source>
        <translation>
            <numerusform>Supplement request no. %1 recorded for %2: %n document missing. It continues when the applicant comes back.</numerusform>
            <numerusform>Supplement request no. %1 recorded for %2: %n documents missing. It continues when the applicant comes back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal was not recorded: %1 The form is kept; try again.</source>
        <translation>The refusal was not recorded: %1 The form is kept; try again.</translation>
    </message>
    <message>
        <source>Refusal no. %1 recorded for %2.</source>
        <translation>Refusal no. %1 recorded for %2.</translation>
    </message>
    <message>
        <source>The queued dossier of %1 was received: &lt;b&gt;%2&lt;/b&gt;, due %3.</source>
        <translation>The queued dossier of %1 was received: &lt;b&gt;%2&lt;/b&gt;, due %3.</translation>
    </message>
    <message>
        <source>The server refused the queued dossier of %1: %2</source>
        <translation>The server refused the queued dossier of %1: %2</translation>
    </message>
    <message>
        <source>Server unreachable — the dossier is queued and will be sent when the connection is back. You can keep working.</source>
        <translation>Server unreachable — the dossier is queued and will be sent when the connection is back. You can keep working.</translation>
    </message>
    <message>
        <source>Server unreachable — %1 dossiers are queued and will be sent when the connection is back. You can keep working.</source>
        <translation>Server unreachable — %1 dossiers are queued and will be sent when the connection is back. You can keep working.</translation>
    </message>
    <message>
        <source>Server unreachable — keep typing: a received dossier is queued and sent when the connection is back.</source>
        <translation>Server unreachable — keep typing: a received dossier is queued and sent when the connection is back.</translation>
    </message>
    <message>
        <source>The intake you were typing (started at %1) was restored.</source>
        <translation>The intake you were typing (started at %1) was restored.</translation>
    </message>
    <message>
        <source>No procedure matches what you typed.</source>
        <translation>No procedure matches what you typed.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No procedure chosen yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No procedure chosen yet.&lt;/i&gt;</translation>
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
        <source>after %1 counts from the next working day</source>
        <translation>after %1 counts from the next working day</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Processing time:</source>
        <translation>Processing time:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation>Cut-off:</translation>
    </message>
    <message>
        <source>Processed by:</source>
        <translation>Processed by:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Choose the procedure to see its checklist.</source>
        <translation>Choose the procedure to see its checklist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete&lt;/b&gt; — Enter or Ctrl+Enter receives the dossier.</source>
        <translation>&lt;b&gt;Complete&lt;/b&gt; — Enter or Ctrl+Enter receives the dossier.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Missing (%n):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Missing (%n):&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Missing (%n):&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning applicant: %n field(s) filled from the last visit.</source>
        <translation>
            <numerusform>Returning applicant: %n field filled from the last visit.</numerusform>
            <numerusform>Returning applicant: %n fields filled from the last visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>This applicant has a pending supplement request (no. %1 of %2) for “%3”.</source>
        <translation>This applicant has a pending supplement request (no. %1 of %2) for “%3”.</translation>
    </message>
    <message>
        <source>Continuing supplement request no. %1: tick the documents brought now.</source>
        <translation>Continuing supplement request no. %1: tick the documents brought now.</translation>
    </message>
    <message>
        <source>cannot be counted now (%1)</source>
        <translation>cannot be counted now (%1)</translation>
    </message>
    <message>
        <source>Due if received now:</source>
        <translation>Due if received now:</translation>
    </message>
</context>
<context>
    <name>Motcua::LimitedTextEdit</name>
    <message>
        <source>Not pasted: this field takes at most %1 characters; with the pasted text (%2) it would hold %3. Paste a shorter text.</source>
        <translation>Not pasted: this field takes at most %1 characters; with the pasted text (%2) it would hold %3. Paste a shorter text.</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters; the pasted text was longer than the %2 it can hold and was cut. Paste a shorter text.</source>
        <translation>This field takes at most %1 characters; the pasted text was longer than the %2 it can hold and was cut. Paste a shorter text.</translation>
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
    <message>
        <source>Public &amp;board</source>
        <translation>Public &amp;board</translation>
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
    <name>Motcua::RatingChoice</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>receipt of the dossier</source>
        <translation>receipt of the dossier</translation>
    </message>
    <message>
        <source>handover of the result</source>
        <translation>handover of the result</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;The %3 at %4, served by &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;The %3 at %4, served by &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, counter %2</translation>
    </message>
</context>
<context>
    <name>Motcua::RatingKioskWindow</name>
    <message>
        <source>Nothing to rate for the dossier %1: it was rated already, the time to rate it has passed, or the code is not known.</source>
        <translation>Nothing to rate for the dossier %1: it was rated already, the time to rate it has passed, or the code is not known.</translation>
    </message>
    <message>
        <source>Thank you for rating our service!</source>
        <translation>Thank you for rating our service!</translation>
    </message>
</context>
<context>
    <name>Motcua::RatingTerminalWindow</name>
    <message>
        <source>Thank you! You rated: %1.</source>
        <translation>Thank you! You rated: %1.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, counter %2</translation>
    </message>
</context>
<context>
    <name>Motcua::RefusalDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Refuse and &amp;print (Ctrl+Return)</source>
        <translation>Refuse and &amp;print (Ctrl+Return)</translation>
    </message>
    <message>
        <source>State the reason for refusing: it is printed on the form the applicant receives.</source>
        <translation>State the reason for refusing: it is printed on the form the applicant receives.</translation>
    </message>
</context>
<context>
    <name>Motcua::RegisterPage</name>
    <message>
        <source>Export the register as CSV</source>
        <translation>Export the register as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the register as PDF</source>
        <translation>Export the register as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received from %1 to %2.</source>
        <translation>
            <numerusform>%n dossier received from %1 to %2.</numerusform>
            <numerusform>%n dossiers received from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>Motcua::ReportPanel</name>
    <message>
        <source>Export report II.06a as CSV</source>
        <translation>Export report II.06a as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save report II.06a as PDF</source>
        <translation>Save report II.06a as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Choose a period.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Received: total</source>
        <translation>Received: total</translation>
    </message>
    <message>
        <source>Received: online</source>
        <translation>Received: online</translation>
    </message>
    <message>
        <source>Received: in person or by post</source>
        <translation>Received: in person or by post</translation>
    </message>
    <message>
        <source>Received: carried over</source>
        <translation>Received: carried over</translation>
    </message>
    <message>
        <source>Resolved: total</source>
        <translation>Resolved: total</translation>
    </message>
    <message>
        <source>Resolved: early</source>
        <translation>Resolved: early</translation>
    </message>
    <message>
        <source>Resolved: on time</source>
        <translation>Resolved: on time</translation>
    </message>
    <message>
        <source>Resolved: late</source>
        <translation>Resolved: late</translation>
    </message>
    <message>
        <source>In progress: total</source>
        <translation>In progress: total</translation>
    </message>
    <message>
        <source>In progress: in time</source>
        <translation>In progress: in time</translation>
    </message>
    <message>
        <source>In progress: overdue</source>
        <translation>In progress: overdue</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Print / PDF…</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person / post</source>
        <translation>In person / post</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Motcua::ScoreWeights</name>
    <message>
        <source>Score = (%1 × on-time rate + %2 × satisfaction + %3 × volume ÷ highest volume + %4 × trips spared) ÷ %5 × 100; a part without data is left out of both sums</source>
        <translation>Score = (%1 × on-time rate + %2 × satisfaction + %3 × volume ÷ highest volume + %4 × trips spared) ÷ %5 × 100; a part without data is left out of both sums</translation>
    </message>
</context>
<context>
    <name>Motcua::ScorecardModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In
person</source>
        <translation>In
person</translation>
    </message>
    <message>
        <source>By
post</source>
        <translation>By
post</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On
time</source>
        <translation>On
time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>In
time</source>
        <translation>In
time</translation>
    </message>
    <message>
        <source>Over-
due</source>
        <translation>Over-
due</translation>
    </message>
    <message>
        <source>On-time
%</source>
        <translation>On-time
%</translation>
    </message>
    <message>
        <source>Supple-
ments</source>
        <translation>Supple-
ments</translation>
    </message>
    <message>
        <source>Refu-
sals</source>
        <translation>Refu-
sals</translation>
    </message>
    <message>
        <source>Service
median</source>
        <translation>Service
median</translation>
    </message>
    <message>
        <source>Service
p90</source>
        <translation>Service
p90</translation>
    </message>
    <message>
        <source>Trips
spared</source>
        <translation>Trips
spared</translation>
    </message>
    <message>
        <source>Very
satisf.</source>
        <translation>Very
satisf.</translation>
    </message>
    <message>
        <source>Satis-
fied</source>
        <translation>Satis-
fied</translation>
    </message>
    <message>
        <source>Not
satisf.</source>
        <translation>Not
satisf.</translation>
    </message>
    <message>
        <source>Satis-
faction</source>
        <translation>Satis-
faction</translation>
    </message>
    <message>
        <source>Rank by composite score (1 = best)</source>
        <translation>Rank by composite score (1 = best)</translation>
    </message>
    <message>
        <source>Composite score 0–100, see the formula above the table</source>
        <translation>Composite score 0–100, see the formula above the table</translation>
    </message>
    <message>
        <source>Dossiers received in the period (in person, by post and online)</source>
        <translation>Dossiers received in the period (in person, by post and online)</translation>
    </message>
    <message>
        <source>Received in person at the counter</source>
        <translation>Received in person at the counter</translation>
    </message>
    <message>
        <source>Received by post</source>
        <translation>Received by post</translation>
    </message>
    <message>
        <source>Resolved before the due day</source>
        <translation>Resolved before the due day</translation>
    </message>
    <message>
        <source>Resolved on the due day, not after the due time</source>
        <translation>Resolved on the due day, not after the due time</translation>
    </message>
    <message>
        <source>Resolved after the due time</source>
        <translation>Resolved after the due time</translation>
    </message>
    <message>
        <source>In progress now, still in time</source>
        <translation>In progress now, still in time</translation>
    </message>
    <message>
        <source>In progress now and overdue</source>
        <translation>In progress now and overdue</translation>
    </message>
    <message>
        <source>Resolved early or on time, of all resolved</source>
        <translation>Resolved early or on time, of all resolved</translation>
    </message>
    <message>
        <source>Supplement requests (Mẫu 02)</source>
        <translation>Supplement requests (Mẫu 02)</translation>
    </message>
    <message>
        <source>Refusals (Mẫu 03)</source>
        <translation>Refusals (Mẫu 03)</translation>
    </message>
    <message>
        <source>Median service time at the counter (mm:ss)</source>
        <translation>Median service time at the counter (mm:ss)</translation>
    </message>
    <message>
        <source>90th percentile of the service time (mm:ss)</source>
        <translation>90th percentile of the service time (mm:ss)</translation>
    </message>
    <message>
        <source>Received complete at the citizen&apos;s first visit, of all received</source>
        <translation>Received complete at the citizen&apos;s first visit, of all received</translation>
    </message>
    <message>
        <source>Ratings: very satisfied</source>
        <translation>Ratings: very satisfied</translation>
    </message>
    <message>
        <source>Ratings: satisfied</source>
        <translation>Ratings: satisfied</translation>
    </message>
    <message>
        <source>Ratings: not satisfied</source>
        <translation>Ratings: not satisfied</translation>
    </message>
    <message>
        <source>Satisfaction: very satisfied 100%, satisfied 50%, not satisfied 0%</source>
        <translation>Satisfaction: very satisfied 100%, satisfied 50%, not satisfied 0%</translation>
    </message>
    <message>
        <source>No counter (post, online)</source>
        <translation>No counter (post, online)</translation>
    </message>
    <message>
        <source>Counter #%1</source>
        <translation>Counter #%1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
<context>
    <name>Motcua::ScorecardRepository</name>
    <message>
        <source>The weights must not be negative and must not all be zero.</source>
        <translation>The weights must not be negative and must not all be zero.</translation>
    </message>
    <message>
        <source>Changing the weights needs a reason.</source>
        <translation>Changing the weights needs a reason.</translation>
    </message>
</context>
<context>
    <name>Motcua::Session</name>
    <message>
        <source>Cannot open a connection of its own (%1); reading through the main connection.</source>
        <translation>Cannot open a connection of its own (%1); reading through the main connection.</translation>
    </message>
    <message>
        <source>Cannot read from %1 (%2); reading from the primary instead.</source>
        <translation>Cannot read from %1 (%2); reading from the primary instead.</translation>
    </message>
</context>
<context>
    <name>Motcua::SupervisorPage</name>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>per week (from Monday)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>Read the scorecard from</source>
        <translation>Read the scorecard from</translation>
    </message>
    <message>
        <source>A standby server spares the primary. Leave the host empty to read from the primary. Your login is reused; nothing but the host and port is saved.</source>
        <translation>A standby server spares the primary. Leave the host empty to read from the primary. Your login is reused; nothing but the host and port is saved.</translation>
    </message>
    <message>
        <source>standby1,standby2</source>
        <translation>standby1,standby2</translation>
    </message>
    <message>
        <source>&amp;Host(s):</source>
        <translation>&amp;Host(s):</translation>
    </message>
    <message>
        <source>&amp;Port(s):</source>
        <translation>&amp;Port(s):</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received; Enter opens one</source>
        <translation>
            <numerusform>%n dossier received; Enter opens one</numerusform>
            <numerusform>%n dossiers received; Enter opens one</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 received, %2 resolved, on time %3, %4 overdue now</source>
        <translation>In all: %1 received, %2 resolved, on time %3, %4 overdue now</translation>
    </message>
    <message>
        <source>&amp;Overdue now (%1)</source>
        <translation>&amp;Overdue now (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>On time, % of resolved</source>
        <translation>On time, % of resolved</translation>
    </message>
    <message>
        <source>Dossiers %1, %2 – %3</source>
        <translation>Dossiers %1, %2 – %3</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Freshness unknown</source>
        <translation>Freshness unknown</translation>
    </message>
    <message>
        <source>Standby, %1 s behind · %2</source>
        <translation>Standby, %1 s behind · %2</translation>
    </message>
    <message>
        <source>● Live (primary) · %1</source>
        <translation>● Live (primary) · %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Enter or double-click: the counters of the branch</source>
        <translation>Enter or double-click: the counters of the branch</translation>
    </message>
    <message>
        <source>Enter or double-click: the clerks of the counter</source>
        <translation>Enter or double-click: the clerks of the counter</translation>
    </message>
    <message>
        <source>Enter or double-click: the clerk&apos;s dossiers</source>
        <translation>Enter or double-click: the clerk&apos;s dossiers</translation>
    </message>
    <message>
        <source>Enter or double-click: open the dossier</source>
        <translation>Enter or double-click: open the dossier</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Compliance</translation>
    </message>
    <message>
        <source>Bott&amp;lenecks</source>
        <translation>Bott&amp;lenecks</translation>
    </message>
    <message>
        <source>Report &amp;II.06a</source>
        <translation>Report &amp;II.06a</translation>
    </message>
    <message>
        <source>&amp;Unusual access</source>
        <translation>&amp;Unusual access</translation>
    </message>
</context>
<context>
    <name>Motcua::SupplementDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Everything missing is listed on the request at once:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Everything missing is listed on the request at once:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Request and &amp;print (Ctrl+Return)</source>
        <translation>Request and &amp;print (Ctrl+Return)</translation>
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
    <name>Motcua::UnusualAccessPanel</name>
    <message>
        <source>Many other branches&apos; dossiers opened within an hour</source>
        <translation>Many other branches&apos; dossiers opened within an hour</translation>
    </message>
    <message>
        <source>Many citizens searched by CCCD within an hour</source>
        <translation>Many citizens searched by CCCD within an hour</translation>
    </message>
    <message>
        <source>Access outside working hours</source>
        <translation>Access outside working hours</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>No unusual access in the period.</source>
        <translation>No unusual access in the period.</translation>
    </message>
    <message numerus="yes">
        <source>%n unusual access pattern(s) in the period.</source>
        <translation>
            <numerusform>%n unusual access pattern in the period.</numerusform>
            <numerusform>%n unusual access patterns in the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dossiers (limit %2)</source>
        <translation>%1 dossiers (limit %2)</translation>
    </message>
    <message>
        <source>%1 citizens (limit %2)</source>
        <translation>%1 citizens (limit %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) that day</source>
        <translation>
            <numerusform>%n access(es) that day</numerusform>
            <numerusform>%n access(es) that day</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, counter %3)</source>
        <translation>%1 (%2, counter %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Motcua::WeightsDialog</name>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>At least one weight must be above zero.</translation>
    </message>
    <message>
        <source>State the reason for the change.</source>
        <translation>State the reason for the change.</translation>
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
    <name>QDialog</name>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>RatingChoice</name>
    <message>
        <source>How satisfied are you with our service?</source>
        <translation>How satisfied are you with our service?</translation>
    </message>
    <message>
        <source>Touch a button, or press 1, 2 or 3.</source>
        <translation>Touch a button, or press 1, 2 or 3.</translation>
    </message>
</context>
<context>
    <name>RatingKioskWindow</name>
    <message>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the dossier code.</source>
        <translation>Hold the QR code of your receipt under the scanner, or type the dossier code.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>RatingTerminalWindow</name>
    <message>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>When the clerk has received your dossier or handed your result over, you can rate the service here.</source>
        <translation>When the clerk has received your dossier or handed your result over, you can rate the service here.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Refuse the dossier (form 03)</translation>
    </message>
    <message>
        <source>&amp;Reason for refusing (required, printed on the form):</source>
        <translation>&amp;Reason for refusing (required, printed on the form):</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>The period the scorecard counts (Vietnam days)</source>
        <translation>The period the scorecard counts (Vietnam days)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>Read the figures again (F5); they also update by themselves when anything changes</source>
        <translation>Read the figures again (F5); they also update by themselves when anything changes</translation>
    </message>
    <message>
        <source>Where the figures come from and how fresh they are</source>
        <translation>Where the figures come from and how fresh they are</translation>
    </message>
    <message>
        <source>Read fro&amp;m…</source>
        <translation>Read fro&amp;m…</translation>
    </message>
    <message>
        <source>Read this screen&apos;s figures from a standby server, sparing the primary</source>
        <translation>Read this screen&apos;s figures from a standby server, sparing the primary</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Weights…</translation>
    </message>
    <message>
        <source>Change the weights of the composite score (administrators)</source>
        <translation>Change the weights of the composite score (administrators)</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Up one level (Backspace, Alt+Left)</source>
        <translation>Up one level (Backspace, Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Overdue now</source>
        <translation>&amp;Overdue now</translation>
    </message>
    <message>
        <source>Unfinished dossiers past their due time, most late first; Enter or double-click opens one</source>
        <translation>Unfinished dossiers past their due time, most late first; Enter or double-click opens one</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement (form 02)</source>
        <translation>Request a supplement (form 02)</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>&amp;Note to the applicant (optional):</translation>
    </message>
</context>
<context>
    <name>UnusualAccessPanel</name>
    <message>
        <source>Other branches&apos; dossiers opened &amp;per hour:</source>
        <translation>Other branches&apos; dossiers opened &amp;per hour:</translation>
    </message>
    <message>
        <source>Flag a person who opens at least this many dossiers of other branches within an hour (0: off)</source>
        <translation>Flag a person who opens at least this many dossiers of other branches within an hour (0: off)</translation>
    </message>
    <message>
        <source>Citizens searched by &amp;CCCD per hour:</source>
        <translation>Citizens searched by &amp;CCCD per hour:</translation>
    </message>
    <message>
        <source>Flag a person who searches at least this many different CCCD/CMND numbers within an hour (0: off)</source>
        <translation>Flag a person who searches at least this many different CCCD/CMND numbers within an hour (0: off)</translation>
    </message>
    <message>
        <source>&amp;Tolerance outside working hours (minutes):</source>
        <translation>&amp;Tolerance outside working hours (minutes):</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of the composite score</source>
        <translation>Weights of the composite score</translation>
    </message>
    <message>
        <source>Each branch&apos;s score is the weighted average of the parts it has data for. The change applies at once to every screen and is recorded with your reason.</source>
        <translation>Each branch&apos;s score is the weighted average of the parts it has data for. The change applies at once to every screen and is recorded with your reason.</translation>
    </message>
    <message>
        <source>&amp;On-time rate:</source>
        <translation>&amp;On-time rate:</translation>
    </message>
    <message>
        <source>Resolved early or on time, of all resolved</source>
        <translation>Resolved early or on time, of all resolved</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction:</translation>
    </message>
    <message>
        <source>Ratings at the handover: very satisfied 1, satisfied 0.5, not satisfied 0</source>
        <translation>Ratings at the handover: very satisfied 1, satisfied 0.5, not satisfied 0</translation>
    </message>
    <message>
        <source>&amp;Volume served:</source>
        <translation>&amp;Volume served:</translation>
    </message>
    <message>
        <source>Dossiers received, divided by the most any compared unit received</source>
        <translation>Dossiers received, divided by the most any compared unit received</translation>
    </message>
    <message>
        <source>&amp;Trips spared:</source>
        <translation>&amp;Trips spared:</translation>
    </message>
    <message>
        <source>Received complete at the citizen&apos;s first visit</source>
        <translation>Received complete at the citizen&apos;s first visit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why the weights change (required, kept in the audit log)</source>
        <translation>Why the weights change (required, kept in the audit log)</translation>
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
