-- Demo rating devices (migration 0021): a terminal facing the citizen at each
-- demo clerk's counter (danhgia_<branch>) and one hall kiosk at the main
-- center (kiosk_trungtam). Each is a LOGIN role of its own in motcua_terminal,
-- with the demo password listed in the README; only its SCRAM verifier is here.
DO $$
DECLARE
    verifier constant text :=
        'SCRAM-SHA-256$4096:3du4jS1JJbOBJknHXodjSA==$A+1pbhNPOmCTV3HesulTa/7k2GX5t+vgOtN1wP9Q9no=:0zhnXc26NsJlZBgf9EfURn/xDNnzEgyWTOfkdkG7fZE=';
    r record;
BEGIN
    FOR r IN
        SELECT 'danhgia_' || substr(s.role_name, length('canbo_') + 1) AS role_name,
               'counter' AS kind, s.counter_id, NULL::integer AS unit_id,
               'Quầy ' || c.number || ' — ' || u.name AS label
        FROM staff s JOIN counters c ON c.id = s.counter_id JOIN units u ON u.id = c.unit_id
        WHERE s.role_name LIKE 'canbo\_%' AND s.job = 'clerk'
        UNION ALL
        SELECT 'kiosk_trungtam', 'kiosk', NULL, u.id, 'Sảnh — ' || u.name
        FROM (SELECT * FROM units WHERE kind = 'center' ORDER BY id LIMIT 1) u
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.role_name) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r.role_name, verifier);
        END IF;
        EXECUTE format('GRANT motcua_terminal TO %I', r.role_name);
        INSERT INTO rating_terminals (role_name, kind, counter_id, unit_id, label)
        VALUES (r.role_name, r.kind, r.counter_id, r.unit_id, r.label);
    END LOOP;
END
$$;
