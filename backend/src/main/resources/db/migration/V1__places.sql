-- PostGIS is created by the setup script as superuser; this is a no-op then, and creates it
-- where the application's role is allowed to.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE place (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    gss_code    text NOT NULL UNIQUE CHECK (gss_code ~ '^[EWSN][0-9]{8}$'),
    region      text NOT NULL,
    population  bigint CHECK (population >= 0),
    description text,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint NOT NULL
);

-- Keyset pagination walks places by (name, id).
CREATE INDEX place_name_id ON place (name, id);
