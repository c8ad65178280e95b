#include "historybench.h"

#include "benchdb.h"

#include "data/migrator.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua::Bench {

namespace {

constexpr int kDays = 1095;    // three years, ending today
constexpr int kChunkDays = 73; // dossiers are written 73 days at a time
constexpr int kProcedures = 300;
constexpr int kReceivingUnits = 50;

// A database comment marks a finished build, so that --reuse never measures a
// history whose build was interrupted.
QString completeMark(qint64 rows)
{
    return QStringLiteral("motcua-bench history rows=%1 complete").arg(rows);
}

// Organisation and catalogue of a city: 50 receiving units (center, 7
// branches, local teams), several counters each with a clerk of its own, and
// 300 procedures made from the demo ones with other processing times and
// departments. Helpers live in pg_temp: deterministic "random" draws from a
// key, and Vietnamese names.
const char *const kSetup[] = {
        R"SQL(CREATE FUNCTION pg_temp.hr(k bigint, i integer) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashint8(k * 64 + i) & 2147483647)::float8 / 2147483648.0)SQL",
        R"SQL(CREATE FUNCTION pg_temp.vname(h bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn',
                  'Trần','Trần','Lê','Lê','Phạm','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ',
                  'Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + abs(h) % 26] || ' ' ||
           (ARRAY['Văn','Thị','Minh','Ngọc','Thanh','Hữu','Đức','Quốc','Thu','Hoàng','Gia',
                  'Bảo','Xuân','Kim'])[1 + (abs(h) / 31) % 14] || ' ' ||
           (ARRAY['An','Anh','Bình','Châu','Dũng','Hà','Hải','Hạnh','Hiếu','Hoa','Hùng','Hương',
                  'Khánh','Lan','Linh','Long','Mai','Minh','Nam','Nga','Ngọc','Phong','Phúc',
                  'Quang','Quân','Sơn','Tâm','Thảo','Thắng','Thủy','Trang','Trung','Tuấn','Tùng',
                  'Vân','Việt','Yến','Đạt','Ân','Khoa'])[1 + (abs(h) / 1013) % 40])SQL",
        R"SQL(INSERT INTO units (code, name, kind, parent_id, province, address)
SELECT v.code, 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh ' || v.name,
       'branch', c.id, 'Thành phố Hồ Chí Minh', ''
FROM (VALUES ('000.60.31.H29', 'Bình Chánh'), ('000.70.31.H29', 'Cần Giờ')) AS v(code, name)
JOIN units c ON c.kind = 'center')SQL",
        R"SQL(INSERT INTO units (code, name, kind, parent_id, province)
SELECT lpad((100 + g)::text, 3, '0') || '.' || b.part || '.31.H29',
       'Tổ tiếp nhận và trả kết quả số ' || g, 'local_team', b.id, 'Thành phố Hồ Chí Minh'
FROM generate_series(1, :units - (SELECT count(*) FROM units
                                  WHERE kind IN ('center', 'branch', 'local_team'))) AS g
CROSS JOIN LATERAL (SELECT id, split_part(code, '.', 2) AS part FROM units
                    WHERE kind = 'branch' ORDER BY id OFFSET g % 7 LIMIT 1) b)SQL",
        // The center has the most counters, a branch 8, a local team 3.
        R"SQL(INSERT INTO counters (unit_id, number, name)
SELECT u.id, n, 'Quầy ' || n FROM units u
CROSS JOIN LATERAL generate_series(1, CASE u.kind WHEN 'center' THEN 24 WHEN 'branch' THEN 8
                                                  ELSE 3 END) AS n
WHERE u.kind IN ('center', 'branch', 'local_team')
ON CONFLICT (unit_id, number) DO NOTHING)SQL",
        R"SQL(INSERT INTO staff (role_name, full_name, unit_id, counter_id, job)
SELECT 'hist_clerk_' || c.id, pg_temp.vname(hashint4(c.id)), c.unit_id, c.id, 'clerk'
FROM counters c)SQL",
        R"SQL(INSERT INTO staff (role_name, full_name, unit_id, job)
SELECT 'hist_dept_' || u.id, pg_temp.vname(hashint4(u.id + 7)), u.id, 'department'
FROM units u WHERE u.kind = 'department')SQL",
        // Procedures made from the demo ones: processing times from half to
        // twice the original, handled by another department of the city.
        R"SQL(INSERT INTO procedures (code, version, name, sector, processing_value, processing_unit,
                        cutoff_time, fee, fee_note, department_id, legal_basis, effective_from)
SELECT 'H' || lpad(g::text, 3, '0') || '-' || p.code, 1, p.name || ' (mẫu ' || g || ')', p.sector,
       CASE WHEN p.processing_unit = 'working_hours' THEN p.processing_value
            ELSE greatest(1, round(p.processing_value * (0.5 + ((p.id + g) % 7) * 0.25))) END,
       p.processing_unit, p.cutoff_time, p.fee, p.fee_note,
       CASE WHEN g % 3 = 0 THEN p.department_id
            ELSE (SELECT d.id FROM units d WHERE d.kind = 'department' ORDER BY d.id
                  OFFSET (p.id + g) % (SELECT count(*) FROM units WHERE kind = 'department')
                  LIMIT 1) END,
       p.legal_basis, current_date - :days - 30
FROM (SELECT * FROM procedures ORDER BY id) p
CROSS JOIN generate_series(1, 20) AS g
ORDER BY g, p.id
LIMIT greatest(0, :procedures - (SELECT count(*) FROM procedures)))SQL",
        R"SQL(INSERT INTO checklist_items (procedure_id, position, name, required, alt_group,
                             originals, certified_copies, photocopies, note)
SELECT c.id, i.position, i.name, i.required, i.alt_group, i.originals, i.certified_copies,
       i.photocopies, i.note
FROM procedures c
JOIN procedures s ON c.code LIKE 'H___-%' AND s.code = substr(c.code, 6)
JOIN checklist_items i ON i.procedure_id = s.id)SQL",
        // Days from three years ago to well past today; wd_before counts the
        // working days (Monday to Friday) before each, so that adding working
        // days is a lookup in h_wd.
        R"SQL(CREATE TEMP TABLE h_days AS
SELECT d::date AS day, extract(isodow FROM d)::int AS dow,
       (sum((extract(isodow FROM d) < 6)::int) OVER (ORDER BY d)
        - (extract(isodow FROM d) < 6)::int)::int AS wd_before
FROM generate_series(current_date - :days, current_date + 400, interval '1 day') AS d)SQL",
        R"SQL(CREATE TEMP TABLE h_wd AS SELECT wd_before AS i, day FROM h_days WHERE dow < 6)SQL",
        R"SQL(ALTER TABLE h_wd ADD PRIMARY KEY (i))SQL",
        R"SQL(CREATE TEMP TABLE h_units AS
SELECT u.id, u.code, CASE u.kind WHEN 'center' THEN 8 WHEN 'branch' THEN 3 ELSE 1 END AS weight,
       EXISTS (SELECT FROM working_hours w WHERE w.unit_id = u.id AND w.weekday = 6) AS saturday,
       (SELECT array_agg(c.id ORDER BY c.number) FROM counters c WHERE c.unit_id = u.id)
           AS counters
FROM units u WHERE u.kind IN ('center', 'branch', 'local_team'))SQL",
        // Popularity follows the order of ids (shuffled); processing time in
        // working days (working hours round up to a day).
        R"SQL(CREATE TEMP TABLE h_procs AS
SELECT array_agg(id ORDER BY hashint4(id)) AS ids,
       array_agg(department_id ORDER BY hashint4(id)) AS deps,
       array_agg(CASE WHEN processing_unit = 'working_hours' THEN ceil(processing_value / 8)
                      ELSE ceil(processing_value) END::int ORDER BY hashint4(id)) AS wdays
FROM procedures)SQL",
        // Dossiers per unit and day: the center weighs 8, a branch 3, a local
        // team 1; Saturdays count half where the unit opens; each day varies
        // by ±25 %. Today only the part of the working day already gone.
        R"SQL(CREATE TEMP TABLE h_plan AS
WITH cells AS (
    SELECT u.id AS unit_id, u.code AS unit_code, u.counters, d.day, d.wd_before,
           CASE WHEN d.dow = 6 THEN 240 ELSE 480 END AS wmin,
           u.weight * CASE WHEN d.dow < 6 THEN 1.0 WHEN d.dow = 6 AND u.saturday THEN 0.5
                           ELSE 0 END
               * (0.75 + 0.5 * pg_temp.hr(u.id * 100000 + (d.day - date '2000-01-01'), 0)) AS w
    FROM h_units u, h_days d
    WHERE d.day > current_date - :days AND d.day <= current_date
), sized AS (
    SELECT *, least(9999, round(:rows * w / sum(w) OVER ()))::int AS n_full
    FROM cells WHERE w > 0
)
SELECT unit_id, unit_code, counters, day, wd_before, wmin, n_full,
       CASE WHEN day < current_date THEN n_full
            ELSE floor(n_full * least(1.0,
                 (extract(epoch FROM least(greatest(lt - time '07:30', interval '0'),
                                           interval '4 hours'))
                  + CASE WHEN wmin = 480
                         THEN extract(epoch FROM least(greatest(lt - time '13:00', interval '0'),
                                                       interval '4 hours'))
                         ELSE 0 END) / 60.0 / wmin))::int END AS n
FROM sized, LATERAL (SELECT localtime AS lt) l
ORDER BY unit_code, day)SQL",
};

// One chunk of days: codes (unit, day, sequence) in receipt order over the
// working day; channel, counter, procedure (popular ones more often), service
// time, due date (working days later), then the planned finish: 3.5 %
// withdrawn, 2.5 % stopped, the rest returned early (60 %), on the due day (36 %) or late
// (4 %). What is planned after now is still open: received in the last two
// hours, waiting for a supplement (6 %, clock stopped), ready (due out within
// a day) or in processing; late ones past their due date are overdue now.
const char kDossiers[] = R"SQL(
INSERT INTO dossiers (code, idempotency_key, receiving_unit_id, counter_id, received_by,
                      procedure_id, department_id, channel, return_channel, applicant_name,
                      applicant_id_number, applicant_phone, applicant_province, state,
                      received_at, due_at, paused_since, finished_at, service_seconds)
SELECT g.unit_code || '-' || to_char(g.day, 'YYMMDD') || '-' || lpad(g.seq::text, 4, '0'),
       gen_random_uuid(), g.unit_id, g.counter_id,
       'hist_clerk_' || coalesce(g.counter_id, g.counters[1]),
       g.procedure_id, g.department_id, g.channel,
       CASE WHEN pg_temp.hr(g.k, 9) < 0.1 THEN 'post' ELSE 'counter' END,
       pg_temp.vname(hashint8(g.k)),
       '079' || lpad(floor(pg_temp.hr(g.k, 10) * 1e9)::bigint::text, 9, '0'),
       '09' || lpad(floor(pg_temp.hr(g.k, 11) * 1e8)::bigint::text, 8, '0'),
       'Thành phố Hồ Chí Minh',
       CASE WHEN f.planned <= now() THEN f.final_state
            WHEN g.received_at > now() - interval '2 hours' THEN 'received'
            WHEN g.r_open < 0.06 THEN 'awaiting_supplement'
            WHEN f.planned < now() + interval '1 day' THEN 'ready'
            ELSE 'in_processing' END,
       g.received_at, g.due_at,
       CASE WHEN f.planned > now() AND g.received_at <= now() - interval '2 hours'
                 AND g.r_open < 0.06
            THEN g.received_at + (now() - g.received_at) / 2 END,
       CASE WHEN f.planned <= now() THEN f.planned END,
       g.service_seconds
FROM (
    SELECT p.unit_id, p.unit_code, p.day, s.seq, p.counters, k.k, k.channel,
           pr.ids[k.pi] AS procedure_id, pr.deps[k.pi] AS department_id,
           CASE WHEN k.channel = 'in_person'
                THEN p.counters[1 + floor(pg_temp.hr(k.k, 3) * cardinality(p.counters))::int]
           END AS counter_id,
           CASE WHEN k.channel = 'in_person'
                THEN 60 + floor(1740 * power(pg_temp.hr(k.k, 4), 2.2))::int END AS service_seconds,
           (p.day + t.local_time) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS received_at,
           (wd.day + t.local_time) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS due_at,
           (wd.day + time '07:30') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS due_start,
           pg_temp.hr(k.k, 5) AS r_out, pg_temp.hr(k.k, 6) AS r_tl, pg_temp.hr(k.k, 7) AS r_f,
           pg_temp.hr(k.k, 8) AS r_open
    FROM h_plan p
    CROSS JOIN h_procs pr
    CROSS JOIN LATERAL generate_series(1, p.n) AS s(seq)
    CROSS JOIN LATERAL (
        SELECT kk.k,
               least(cardinality(pr.ids),
                     1 + floor(cardinality(pr.ids) * power(pg_temp.hr(kk.k, 1), 2))::int) AS pi,
               CASE WHEN pg_temp.hr(kk.k, 2) < 0.85 THEN 'in_person'
                    WHEN pg_temp.hr(kk.k, 2) < 0.93 THEN 'post' ELSE 'online' END AS channel,
               floor((s.seq - 1 + pg_temp.hr(kk.k, 12)) * p.wmin / p.n_full)::int AS minute
        FROM (SELECT p.unit_id * 100000000::bigint + (p.day - date '2000-01-01') * 10000
                     + s.seq AS k) kk) k
    CROSS JOIN LATERAL (
        SELECT CASE WHEN k.minute < 240 THEN time '07:30' + k.minute * interval '1 minute'
                    ELSE time '13:00' + (k.minute - 240) * interval '1 minute' END AS local_time) t
    JOIN h_wd wd ON wd.i = p.wd_before + pr.wdays[k.pi]
    WHERE p.day >= :from AND p.day < :to
) g
CROSS JOIN LATERAL (
    SELECT CASE WHEN g.r_out < 0.035 THEN g.received_at + (g.due_at - g.received_at) * 0.3
                WHEN g.r_out < 0.06 THEN g.received_at + (g.due_at - g.received_at) * 0.7
                WHEN g.r_tl < 0.60
                    THEN g.received_at + (g.due_start - g.received_at) * (0.2 + 0.75 * g.r_f)
                WHEN g.r_tl < 0.96 THEN g.due_start + (g.due_at - g.due_start) * g.r_f
                ELSE g.due_at + interval '1 hour' + g.r_f * interval '8 days' END AS planned,
           CASE WHEN g.r_out < 0.035 THEN 'withdrawn' WHEN g.r_out < 0.06 THEN 'stopped'
                ELSE 'returned' END AS final_state) f
)SQL";

// The control sheet of the chunk's dossiers: received (with what the
// bookkeeping reads: channel, service time, first visit), transferred, a
// supplement asked and received while processing (3 %), ready, and the
// finish. A first visit is one without an earlier counter outcome (below).
const char kEvents[] = R"SQL(
INSERT INTO dossier_events (dossier_id, at, actor, unit_id, counter_id, kind, from_state,
                            to_state, data)
SELECT d.id, e.at, e.actor, e.unit_id, e.counter_id, e.kind, e.from_state, e.to_state, e.data
FROM (SELECT d.*, coalesce(d.counter_id, u.counters[1]) AS desk,
             'hist_dept_' || d.department_id AS dept,
             d.received_at + least(interval '2 hours',
                                   coalesce(d.finished_at - d.received_at, interval '8 hours') / 4)
                 AS transferred_at,
             d.channel = 'in_person' AND pg_temp.hr(d.id, 20) < 0.05 AS came_back,
             d.state = 'returned' AND pg_temp.hr(d.id, 22) < 0.03 AS had_supplement
      FROM dossiers d JOIN h_units u ON u.id = d.receiving_unit_id
      WHERE d.id > :lo AND d.id <= :hi) d
CROSS JOIN LATERAL (VALUES
    (d.received_at, d.received_by, d.receiving_unit_id, d.counter_id, 'received', NULL,
     'received',
     jsonb_build_object('due_at', d.due_at, 'received_at', d.received_at, 'channel', d.channel,
                        'service_seconds', d.service_seconds, 'first_visit', NOT d.came_back)),
    (CASE WHEN d.state <> 'received' THEN d.transferred_at END, d.received_by,
     d.receiving_unit_id, d.counter_id, 'transferred', 'received', 'transferred', '{}'::jsonb),
    (CASE WHEN d.had_supplement
          THEN d.transferred_at + (d.finished_at - d.transferred_at) * 0.3 END, d.dept,
     d.department_id, NULL, 'supplement', 'in_processing', 'awaiting_supplement', '{}'),
    (CASE WHEN d.had_supplement
          THEN d.transferred_at + (d.finished_at - d.transferred_at) * 0.4 END, d.dept,
     d.department_id, NULL, 'supplemented', 'awaiting_supplement', 'in_processing', '{}'),
    (d.paused_since, d.dept, d.department_id, NULL, 'supplement', 'in_processing',
     'awaiting_supplement', '{}'),
    (CASE WHEN d.state = 'returned'
          THEN d.finished_at - (d.finished_at - d.transferred_at) * 0.1
          WHEN d.state = 'ready' THEN greatest(d.transferred_at, now() - interval '1 hour') END,
     d.dept, d.department_id, NULL, 'ready', 'in_processing', 'ready', '{}'),
    (d.finished_at, CASE WHEN d.state = 'stopped' THEN d.dept ELSE 'hist_clerk_' || d.desk END,
     CASE WHEN d.state = 'stopped' THEN d.department_id ELSE d.receiving_unit_id END,
     CASE WHEN d.state = 'stopped' THEN NULL ELSE d.desk END, d.state,
     CASE WHEN d.state = 'returned' THEN 'ready' ELSE 'in_processing' END, d.state,
     CASE WHEN d.state = 'returned'
          THEN jsonb_build_object('channel',
                   CASE WHEN d.return_channel = 'post' THEN 'post'
                        WHEN pg_temp.hr(d.id, 30) < 0.1 THEN 'authorised'
                        ELSE 'applicant' END)
          ELSE '{}' END)
) AS e(at, actor, unit_id, counter_id, kind, from_state, to_state, data)
WHERE e.at IS NOT NULL
)SQL";

// Counter outcomes for about 5 % of in-person applicants, 1 to 14 days before
// the receipt (mostly supplement requests, some refusals), so that the
// dossier is not a first visit; another 1 % of applicants never came back.
const char kOutcomes[] = R"SQL(
INSERT INTO intake_outcomes (idempotency_key, kind, unit_id, counter_id, clerk, procedure_id,
                             applicant_name, applicant_id_number, reason, missing, at,
                             service_seconds, resumed_by)
SELECT gen_random_uuid(), o.kind, d.receiving_unit_id, d.counter_id, d.received_by,
       d.procedure_id, d.applicant_name,
       CASE WHEN o.came_back THEN d.applicant_id_number
            ELSE '079' || lpad(floor(pg_temp.hr(d.id, 23) * 1e9)::bigint::text, 9, '0') END,
       CASE WHEN o.kind = 'refused' THEN 'Hồ sơ không thuộc thẩm quyền giải quyết'
            ELSE 'Thiếu giấy tờ theo danh mục' END,
       CASE WHEN o.kind = 'refused' THEN '[]'
            ELSE '[{"name": "Bản sao giấy khai sinh", "reason": "Chưa chứng thực"}]' END::jsonb,
       d.received_at - (1 + 13 * pg_temp.hr(d.id, 24)) * interval '1 day',
       60 + floor(900 * pg_temp.hr(d.id, 25))::int,
       CASE WHEN o.came_back AND o.kind = 'supplement_requested' THEN d.id END
FROM dossiers d
CROSS JOIN LATERAL (
    SELECT pg_temp.hr(d.id, 20) < 0.05 AS came_back,
           CASE WHEN pg_temp.hr(d.id, 21) < 0.85 THEN 'supplement_requested'
                ELSE 'refused' END AS kind) o
WHERE d.id > :lo AND d.id <= :hi AND d.channel = 'in_person' AND pg_temp.hr(d.id, 20) < 0.06
)SQL";

// Who took each returned result, at the receiving unit's counter.
const char kHandovers[] = R"SQL(
INSERT INTO handovers (dossier_id, at, channel, collector_name, collector_id_number,
                       authorisation, tracking_number, unit_id, counter_id, clerk)
SELECT d.id, d.finished_at, h.channel,
       CASE WHEN h.channel = 'authorised' THEN pg_temp.vname(hashint8(d.id + 17)) ELSE '' END,
       CASE WHEN h.channel = 'authorised'
            THEN '079' || lpad(floor(pg_temp.hr(d.id, 26) * 1e9)::bigint::text, 9, '0')
            ELSE '' END,
       CASE WHEN h.channel = 'authorised' THEN 'Giấy ủy quyền số ' || d.id ELSE '' END,
       CASE WHEN h.channel = 'post' THEN 'EB' || lpad(d.id::text, 9, '0') || 'VN' ELSE '' END,
       d.receiving_unit_id, h.desk, 'hist_clerk_' || h.desk
FROM dossiers d JOIN h_units u ON u.id = d.receiving_unit_id
CROSS JOIN LATERAL (
    SELECT CASE WHEN d.return_channel = 'post' THEN 'post'
                WHEN pg_temp.hr(d.id, 30) < 0.1 THEN 'authorised' ELSE 'applicant' END AS channel,
           coalesce(d.counter_id, u.counters[1]) AS desk) h
WHERE d.id > :lo AND d.id <= :hi AND d.state = 'returned'
)SQL";

// Ratings for about 60 % of returned results (two in three handed over at
// the counter), mostly very satisfied; each given at the handover and typed
// by the clerk (migration 0021's occasion and source).
const char kRatings[] = R"SQL(
INSERT INTO ratings (dossier_id, level, at, unit_id, counter_id, staff, occasion, via)
SELECT d.id,
       CASE WHEN pg_temp.hr(d.id, 32) < 0.85 THEN 'very_satisfied'
            WHEN pg_temp.hr(d.id, 32) < 0.97 THEN 'satisfied' ELSE 'unsatisfied' END,
       d.finished_at, d.receiving_unit_id, coalesce(d.counter_id, u.counters[1]),
       'hist_clerk_' || coalesce(d.counter_id, u.counters[1]), 'handover', 'clerk'
FROM dossiers d JOIN h_units u ON u.id = d.receiving_unit_id
WHERE d.id > :lo AND d.id <= :hi AND d.state = 'returned' AND d.return_channel = 'counter'
  AND pg_temp.hr(d.id, 31) < 0.667
)SQL";

QString substitute(QString sql, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[name, value] : values)
        sql.replace(name, value);
    return sql;
}

class Builder
{
public:
    Builder(QSqlDatabase db, QTextStream &err)
        : m_q(db)
        , m_err(err)
    {
        m_clock.start();
    }

    bool exec(const QString &sql, const char *step = nullptr)
    {
        QElapsedTimer t;
        t.start();
        if (!m_q.exec(sql)) {
            m_error = m_q.lastError().text();
            m_err << "history: failed" << (step ? " at " : "") << (step ? step : "") << ": "
                  << m_error << Qt::endl;
            return false;
        }
        if (step)
            progress(QStringLiteral("%1 (%2 rows, %3 s)")
                             .arg(QString::fromLatin1(step))
                             .arg(m_q.numRowsAffected())
                             .arg(t.elapsed() / 1000.0, 0, 'f', 1));
        return true;
    }

    qint64 scalar(const QString &sql)
    {
        if (!m_q.exec(sql) || !m_q.next())
            return -1;
        return m_q.value(0).toLongLong();
    }

    void progress(const QString &what)
    {
        m_err << QStringLiteral("history: [%1 s] ").arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
              << what << Qt::endl;
    }

    QString error() const { return m_error; }

private:
    QSqlQuery m_q;
    QTextStream &m_err;
    QElapsedTimer m_clock;
    QString m_error;
};

DbStatus build(const ConnectionSettings &s, qint64 rows, QTextStream &err)
{
    auto db = s.open(QStringLiteral("bench_history"));
    if (!db)
        return db.error();
    Builder b(*db, err);
    const QList<std::pair<QString, QString>> params{
            {QStringLiteral(":units"), QString::number(kReceivingUnits)},
            {QStringLiteral(":procedures"), QString::number(kProcedures)},
            {QStringLiteral(":days"), QString::number(kDays)},
            {QStringLiteral(":rows"), QString::number(rows)},
    };
    auto failed = [&b] {
        return DbError::make(DbError::Other, b.error());
    };
    for (const char *sql : {"SET client_min_messages = warning",
                            "SET TimeZone = 'Asia/Ho_Chi_Minh'",
                            "SET synchronous_commit = off",
                            "SET jit = off",
                            "SET work_mem = '64MB'",
                            "SET maintenance_work_mem = '512MB'"}) {
        if (!b.exec(QString::fromLatin1(sql)))
            return failed();
    }
    for (const char *sql : kSetup) {
        if (!b.exec(substitute(QString::fromUtf8(sql), params)))
            return failed();
    }
    b.progress(QStringLiteral("organisation and catalogue: %1 receiving units, %2 counters, %3 "
                              "procedures")
                       .arg(b.scalar(QStringLiteral("SELECT count(*) FROM h_units")))
                       .arg(b.scalar(QStringLiteral("SELECT count(*) FROM counters")))
                       .arg(b.scalar(QStringLiteral("SELECT count(*) FROM procedures"))));

    // The bulk load goes past the triggers (bookkeeping, append-only guard,
    // foreign keys): it is consistent by construction, and the bookkeeping
    // is computed afterwards by the product's own rebuild.
    if (!b.exec(QStringLiteral("SET session_replication_role = replica")))
        return failed();
    for (int from = -kDays + 1; from <= 0; from += kChunkDays) {
        const int to = qMin(from + kChunkDays, 1);
        const qint64 lo = b.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM dossiers"));
        auto chunk = params;
        chunk << std::pair{QStringLiteral(":from"), QStringLiteral("current_date + %1").arg(from)}
              << std::pair{QStringLiteral(":to"), QStringLiteral("current_date + %1").arg(to)};
        if (!b.exec(substitute(QString::fromUtf8(kDossiers), chunk)))
            return failed();
        const qint64 hi = b.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM dossiers"));
        chunk << std::pair{QStringLiteral(":lo"), QString::number(lo)}
              << std::pair{QStringLiteral(":hi"), QString::number(hi)};
        for (const char *sql : {kEvents, kOutcomes, kHandovers, kRatings}) {
            if (!b.exec(substitute(QString::fromUtf8(sql), chunk)))
                return failed();
        }
        b.progress(QStringLiteral("%1 dossiers (to %2 days ago)").arg(hi).arg(-to + 1));
    }
    if (!b.exec(QStringLiteral("INSERT INTO daily_code_counters (unit_id, day, last_seq) "
                               "SELECT unit_id, day, n FROM h_plan WHERE n > 0"),
                "daily code counters")
        || !b.exec(QStringLiteral("SET session_replication_role = origin"))
        || !b.exec(QStringLiteral("ANALYZE"), "analyze")
        || !b.exec(QStringLiteral("SELECT motcua_scorecard_rebuild()"),
                   "motcua_scorecard_rebuild()")
        || !b.exec(QStringLiteral("VACUUM (ANALYZE)"), "vacuum analyze")
        || !b.exec(QStringLiteral("COMMENT ON DATABASE \"%1\" IS '%2'")
                           .arg(s.database, completeMark(rows))))
        return failed();
    return Done{};
}

} // namespace

QString historyDatabaseName(qint64 rows)
{
    return QStringLiteral("motcua_history_%1").arg(rows);
}

DbResult<qint64> ensureHistory(const ConnectionSettings &admin,
                               const QString &database,
                               qint64 rows,
                               bool reuse,
                               QTextStream &err,
                               double *buildSeconds)
{
    ConnectionSettings s = admin;
    s.database = database;
    if (buildSeconds)
        *buildSeconds = 0;
    auto count = [&s]() -> qint64 {
        qint64 n = -1;
        {
            auto db = s.open(QStringLiteral("bench_history_probe"));
            QSqlQuery q(db ? *db : QSqlDatabase());
            if (db
                && q.exec(QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM "
                                         "pg_database WHERE datname = current_database()"))
                && q.next()) {
                static const QRegularExpression mark(
                        QStringLiteral("^motcua-bench history rows=([0-9]+) complete$"));
                const auto m = mark.match(q.value(0).toString());
                if (m.hasMatch() && q.exec(QStringLiteral("SELECT count(*) FROM dossiers"))
                    && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench_history_probe"));
        return n;
    };
    if (reuse) {
        const qint64 existing = count();
        if (existing >= rows * 95 / 100) {
            err << "history: reusing " << database << " (" << existing << " dossiers)" << Qt::endl;
            // A history built by an older program gets the newer migrations.
            DbStatus migrated = Done{};
            {
                auto db = s.open(QStringLiteral("bench_history_migrate"));
                if (!db)
                    return db.error();
                auto applied = Migrator(*db).migrate();
                if (!applied)
                    migrated = applied.error();
                else if (!applied->isEmpty())
                    err << "history: applied " << applied->size() << " newer migrations"
                        << Qt::endl;
            }
            QSqlDatabase::removeDatabase(QStringLiteral("bench_history_migrate"));
            if (!migrated)
                return migrated.error();
            return existing;
        }
    }
    QElapsedTimer t;
    t.start();
    err << "history: building " << database << " with about " << rows << " dossiers" << Qt::endl;
    if (DbStatus fresh = freshDemoDatabase(admin, database); !fresh)
        return fresh.error();
    DbStatus built = build(s, rows, err);
    QSqlDatabase::removeDatabase(QStringLiteral("bench_history"));
    if (!built)
        return built.error();
    if (buildSeconds)
        *buildSeconds = t.nsecsElapsed() / 1e9;
    return count();
}

int runHistoryBench(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    auto admin = adminSettings(args);
    if (!admin) {
        err << admin.error().describe() << '\n';
        return 2;
    }
    qint64 rows = 10000000;
    QString database;
    bool reuse = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reuse"))
            reuse = true;
        else if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = qMax<qint64>(10000, args[++i].toLongLong());
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            database = args[++i];
        else {
            err << "history: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    if (database.isEmpty())
        database = historyDatabaseName(rows);
    double seconds = 0;
    auto built = ensureHistory(*admin, database, rows, reuse, err, &seconds);
    if (!built) {
        err << "history: " << built.error().describe() << '\n';
        return 3;
    }
    out << QStringLiteral("rows=%1 build_s=%2").arg(*built).arg(seconds, 0, 'f', 1) << Qt::endl;
    return 0;
}

} // namespace Motcua::Bench
