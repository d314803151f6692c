-- Spaces: physical, virtual or hybrid places where people meet, from idea to opening.
CREATE TABLE space (
    id                  uuid PRIMARY KEY,
    place_id            uuid NOT NULL REFERENCES place (id),
    neighbourhood_code  text REFERENCES neighbourhood (code) ON DELETE SET NULL,
    name                text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('community_centre', 'library', 'park_green_space', 'place_of_worship',
                            'cafe_pub', 'sports_leisure', 'school_education', 'arts_culture', 'health', 'youth', 'online', 'other')),
    mode                text NOT NULL CHECK (mode IN ('physical', 'virtual', 'hybrid')),
    address             text,
    postcode            text,
    lat                 double precision CHECK (lat BETWEEN 49.8 AND 60.9),
    lon                 double precision CHECK (lon BETWEEN -8.7 AND 1.8),
    -- Derived from lat/lon so that the application never writes geometry by hand.
    location            geography(Point, 4326) GENERATED ALWAYS AS (
                            CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
                                 ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED,
    url                 text,
    platform            text,
    managing_partner_id uuid REFERENCES partner (id),
    capacity            integer CHECK (capacity > 0),
    cost                text CHECK (cost IN ('free', 'low_cost', 'paid')),
    opening_hours       jsonb,
    -- Accessibility and welcome features in one array, so "all of these" is one @> test.
    features            text[] NOT NULL DEFAULT '{}',
    languages           text[] NOT NULL DEFAULT '{}',
    description         text,
    status              text NOT NULL CHECK (status IN ('idea', 'planned', 'in_development', 'open', 'closed')),
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint NOT NULL,
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (mode = 'virtual' OR lat IS NOT NULL),
    CHECK (mode = 'physical' OR (url IS NOT NULL AND platform IS NOT NULL))
);
CREATE INDEX space_location ON space USING gist (location);
CREATE INDEX space_place_name ON space (place_id, name, id);
CREATE INDEX space_name ON space (name, id);
CREATE INDEX space_features ON space USING gin (features);
CREATE INDEX space_neighbourhood ON space (neighbourhood_code);
CREATE INDEX space_partner ON space (managing_partner_id);

CREATE TABLE space_status_change (
    id          bigserial PRIMARY KEY,
    space_id    uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    from_status text,
    to_status   text NOT NULL,
    at          timestamptz NOT NULL,
    by_subject  text,
    by_username text,
    note        text
);
CREATE INDEX space_status_change_space ON space_status_change (space_id, at);
