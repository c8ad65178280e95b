-- Demo staff: one clerk per branch, a supervisor and an administrator, each a
-- LOGIN role of their own in one group role. The password of every demo account
-- is listed in the README; only its SCRAM verifier is stored here.
DO $$
DECLARE
    verifier constant text :=
        'SCRAM-SHA-256$4096:3du4jS1JJbOBJknHXodjSA==$A+1pbhNPOmCTV3HesulTa/7k2GX5t+vgOtN1wP9Q9no=:0zhnXc26NsJlZBgf9EfURn/xDNnzEgyWTOfkdkG7fZE=';
    r record;
BEGIN
    FOR r IN
        SELECT * FROM (VALUES
            ('canbo_trungtam', 'Nguyễn Thị Lan',    'center', NULL,        'clerk'),
            ('canbo_thuduc',   'Trần Văn Minh',     'branch', 'Thủ Đức',   'clerk'),
            ('canbo_cuchi',    'Lê Thị Hồng',       'branch', 'Củ Chi',    'clerk'),
            ('canbo_benthanh', 'Phạm Quốc Bảo',     'branch', 'Bến Thành', 'clerk'),
            ('canbo_govap',    'Võ Thị Mai',        'branch', 'Gò Vấp',    'clerk'),
            ('giamsat',        'Đặng Minh Tuấn',    'center', NULL,        'supervisor'),
            ('quantri',        'Huỳnh Thanh Sơn',   'center', NULL,        'admin')
        ) AS v(role_name, full_name, unit_kind, unit_name_part, job)
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.role_name) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r.role_name, verifier);
        END IF;
        EXECUTE format('GRANT %I TO %I', 'motcua_' || r.job, r.role_name);
        INSERT INTO staff (role_name, full_name, unit_id, counter_id, job)
        SELECT r.role_name, r.full_name, u.id,
               CASE WHEN r.job = 'clerk'
                    THEN (SELECT c.id FROM counters c WHERE c.unit_id = u.id ORDER BY c.number LIMIT 1)
               END,
               r.job
        FROM units u
        WHERE u.kind = r.unit_kind
          AND (r.unit_name_part IS NULL OR u.name LIKE '%' || r.unit_name_part || '%')
        ORDER BY u.id
        LIMIT 1;
    END LOOP;
END
$$;
