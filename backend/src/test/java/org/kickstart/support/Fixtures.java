package org.kickstart.support;

import java.util.UUID;

import org.kickstart.support.Tokens.Person;

/**
 * A small known world, written straight to the database: two places with their organisers
 * (organiser.calderdale organises Calderdale, organiser.newham organises Newham), a third
 * place nobody organises, and a partner in Calderdale's partnership.
 */
public final class Fixtures {

    public static final UUID CALDERDALE = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    public static final UUID NEWHAM = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000002");
    public static final UUID SOMERSET = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000003");
    public static final UUID MEMBER = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000001");
    public static final UUID LONER = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");

    public static final UUID SPACE = UUID.fromString("cccccccc-0000-4000-8000-000000000001");
    public static final UUID HOST = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000003");
    public static final UUID EVENT = UUID.fromString("dddddddd-0000-4000-8000-000000000001");

    public static final String TABLES = "place, app_user, partner";

    private Fixtures() {
    }

    public static void load(ApiTest t) {
        t.truncate(TABLES);
        t.exec("""
                INSERT INTO place (id, slug, name, gss_code, region, population, created_at, updated_at, version) VALUES
                  ('%s', 'calderdale', 'Calderdale', 'E08000033', 'Yorkshire and The Humber', 206600, now(), now(), 0),
                  ('%s', 'newham', 'Newham', 'E09000025', 'London', 351100, now(), now(), 0),
                  ('%s', 'somerset', 'Somerset', 'E06000066', 'South West', 571600, now(), now(), 0)
                """.formatted(CALDERDALE, NEWHAM, SOMERSET));
        for (Person p : Person.values()) {
            t.exec("INSERT INTO app_user (subject, username, email, last_seen_at) VALUES ('%s', '%s', '%s@example.org', now())"
                    .formatted(p.subject, p.username, p.username));
        }
        t.exec("INSERT INTO place_organiser (place_id, subject, granted_at) VALUES ('%s', '%s', now()), ('%s', '%s', now())"
                .formatted(CALDERDALE, Person.ORGANISER_CALDERDALE.subject, NEWHAM, Person.ORGANISER_NEWHAM.subject));
        t.exec("""
                INSERT INTO partner (id, name, type, postcode, contact_name, email, phone, created_by, created_at, updated_at, version) VALUES
                  ('%s', 'Halifax Community Hub', 'voluntary_community', 'HX1 1AA', 'Jo Bloggs', 'jo@example.org', '01422 000000', '%s', now(), now(), 0),
                  ('%s', 'Lone Bakery', 'business', null, 'Sam Baker', 'sam@example.org', null, '%s', now(), now(), 0)
                """.formatted(MEMBER, Person.ADMIN.subject, LONER, Person.ADMIN.subject));
        t.exec("""
                INSERT INTO partnership_membership (id, place_id, partner_id, role, commitments, status, created_at, updated_at, version)
                VALUES ('%s', '%s', '%s', 'core', '{offers_space}', 'active', now(), now(), 0)
                """.formatted(UUID.randomUUID(), CALDERDALE, MEMBER));
        t.exec("""
                INSERT INTO space (id, place_id, name, kind, mode, lat, lon, status, created_at, updated_at, version)
                VALUES ('%s', '%s', 'Halifax Hub', 'community_centre', 'physical', 53.7223, -1.856, 'idea', now(), now(), 0)
                """.formatted(SPACE, CALDERDALE));
    }

    /**
     * A weekly Tuesday coffee morning in Calderdale since 6 January 2026, place-wide, hosted by a
     * partner of its own (so the other fixtures' partners stay free to be removed).
     */
    public static void loadEvent(ApiTest t) {
        t.exec("""
                INSERT INTO partner (id, name, type, created_by, created_at, updated_at, version)
                VALUES ('%s', 'Calderdale Coffee Club', 'voluntary_community', '%s', now(), now(), 0);
                INSERT INTO partnership_membership (id, place_id, partner_id, role, commitments, status, created_at, updated_at, version)
                VALUES ('%s', '%s', '%s', 'supporting', '{}', 'active', now(), now(), 0);
                INSERT INTO event (id, place_id, title, category, status, starts_at, ends_at, recurrence, series_start,
                                   created_at, updated_at, version)
                VALUES ('%s', '%s', 'Coffee morning', 'social', 'scheduled', '2026-01-06 10:00', '2026-01-06 12:00',
                        'FREQ=WEEKLY;BYDAY=TU', '2026-01-06 10:00Z', now(), now(), 0);
                INSERT INTO event_host (event_id, partner_id, position) VALUES ('%s', '%s', 0);
                """.formatted(HOST, Person.ADMIN.subject, UUID.randomUUID(), CALDERDALE, HOST, EVENT, CALDERDALE, EVENT, HOST));
    }
}
