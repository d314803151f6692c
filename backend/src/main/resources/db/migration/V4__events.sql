-- Events: what happens in a place week after week, who hosts it, and who came.
-- Times are wall-clock times in Europe/London (timestamp without time zone), so a 10:00 weekly
-- session stays at 10:00 across the clock changes; series_start/series_end are the instants that
-- bound every occurrence, kept only to find the events that can fall in a window quickly.
CREATE TABLE event (
    id                  uuid PRIMARY KEY,
    place_id            uuid NOT NULL REFERENCES place (id),
    space_id            uuid REFERENCES space (id),
    title               text NOT NULL,
    description         text,
    category            text NOT NULL CHECK (category IN ('social', 'food', 'arts_culture', 'sport_movement', 'learning',
                            'support_advice', 'civic_volunteering', 'faith', 'family', 'other')),
    audiences           text[] NOT NULL DEFAULT '{}',
    languages           text[] NOT NULL DEFAULT '{}',
    cost                text CHECK (cost IN ('free', 'low_cost', 'paid')),
    booking_url         text,
    capacity            integer CHECK (capacity > 0),
    accessibility_notes text,
    status              text NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
    starts_at           timestamp NOT NULL,
    ends_at             timestamp NOT NULL,
    recurrence          text,
    -- Cancelled or moved dates: [{"date": "2026-12-24", "cancelled": true, "note": "..."}, ...]
    exceptions          jsonb NOT NULL DEFAULT '[]',
    series_start        timestamptz NOT NULL,
    series_end          timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX event_place_window ON event (place_id, series_start, series_end);
CREATE INDEX event_space ON event (space_id);
CREATE INDEX event_title ON event (title, id);

-- Hosting partners, in the order given; two or more make the event co-hosted.
CREATE TABLE event_host (
    event_id   uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    partner_id uuid NOT NULL REFERENCES partner (id),
    position   integer NOT NULL,
    PRIMARY KEY (event_id, partner_id)
);
CREATE INDEX event_host_partner ON event_host (partner_id);

-- Who came to one occurrence, keyed by the date the schedule gives it.
CREATE TABLE attendance (
    event_id        uuid NOT NULL REFERENCES event (id),
    occurrence_date date NOT NULL,
    total           integer NOT NULL CHECK (total >= 0),
    first_time      integer NOT NULL CHECK (first_time >= 0 AND first_time <= total),
    age_bands       jsonb,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text,
    PRIMARY KEY (event_id, occurrence_date)
);
