-- People who have signed in (recorded by GET /api/v1/me), so admins can pick organisers by name.
CREATE TABLE app_user (
    subject      text PRIMARY KEY,
    username     text NOT NULL,
    name         text,
    email        text,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX app_user_username ON app_user (username, subject);

-- "User X organises place P": the app's own access model, keyed by the token's subject.
CREATE TABLE place_organiser (
    place_id   uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    subject    text NOT NULL REFERENCES app_user (subject) ON DELETE CASCADE,
    granted_at timestamptz NOT NULL,
    granted_by text,
    PRIMARY KEY (place_id, subject)
);
CREATE INDEX place_organiser_subject ON place_organiser (subject);

CREATE TABLE partner (
    id                uuid PRIMARY KEY,
    name              text NOT NULL,
    type              text NOT NULL CHECK (type IN ('local_authority', 'business', 'voluntary_community', 'faith',
                          'social_enterprise', 'health', 'education', 'housing', 'other')),
    description       text,
    website           text,
    registered_number text,
    address           text,
    postcode          text,
    contact_name      text,
    email             text,
    phone             text,
    created_by        text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL
);
CREATE INDEX partner_name_id ON partner (name, id);
CREATE INDEX partner_type ON partner (type);

CREATE TABLE partnership_membership (
    id              uuid PRIMARY KEY,
    place_id        uuid NOT NULL REFERENCES place (id),
    partner_id      uuid NOT NULL REFERENCES partner (id),
    role            text NOT NULL CHECK (role IN ('lead', 'core', 'supporting')),
    commitments     text[] NOT NULL DEFAULT '{}',
    commitment_note text,
    joined_on       date,
    status          text NOT NULL CHECK (status IN ('active', 'left')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL,
    UNIQUE (place_id, partner_id)
);
CREATE INDEX partnership_membership_partner ON partnership_membership (partner_id);

-- LSOA-level neighbourhoods with their deprivation, from an English Indices of Deprivation edition.
CREATE TABLE neighbourhood (
    code        text PRIMARY KEY CHECK (code ~ '^E01[0-9]{6}$'),
    place_id    uuid NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    name        text NOT NULL,
    imd_decile  smallint NOT NULL CHECK (imd_decile BETWEEN 1 AND 10),
    imd_rank    integer NOT NULL CHECK (imd_rank >= 1),
    population  integer CHECK (population >= 0),
    iod_edition text NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX neighbourhood_place_code ON neighbourhood (place_id, code);
