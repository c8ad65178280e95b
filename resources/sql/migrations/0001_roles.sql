-- Group roles. Roles are cluster-wide, so they are created only when missing:
-- several databases of one cluster (test databases, say) share them. Each staff
-- member is a LOGIN role in exactly one of clerk, supervisor, admin.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_staff') THEN
        CREATE ROLE motcua_staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_clerk') THEN
        CREATE ROLE motcua_clerk NOLOGIN IN ROLE motcua_staff;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_supervisor') THEN
        CREATE ROLE motcua_supervisor NOLOGIN IN ROLE motcua_staff;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_admin') THEN
        CREATE ROLE motcua_admin NOLOGIN IN ROLE motcua_staff;
    END IF;
END
$$;

-- Nobody but the owner creates objects here; staff reach tables only through grants.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO motcua_staff;

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Diacritics-insensitive search key: lower case, no marks, đ → d, spaces collapsed.
-- The same rule as Motcua::VnText::fold in app/core; test_catalog checks they agree.
CREATE FUNCTION motcua_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary,
                                                      normalize(t, NFC))),
                                '\s+', ' ', 'g'));
