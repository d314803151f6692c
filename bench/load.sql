-- The benchmark dataset, generated inside PostgreSQL (INSERT … SELECT from generate_series, the
-- fastest bulk path there is short of COPY from a file) into a database that Flyway has just
-- migrated. Run by bench/run.sh as:
--
--   psql -v scale=1 -v part=all -f bench/load.sql      (part: base | responses | finish | all)
--
-- scale 1 = 6 places, 10,000 spaces (with status histories), 5,000 recurring events, 6 open surveys
-- and 1,000,000 survey responses. `part=responses` takes `-v slice=0 -v slices=2` so the responses
-- load in parallel sessions, one per core.
--
-- Ids are predictable so that the load generator and pgbench can pick rows at random without
-- reading them first: space n is 00000000-0000-4000-8000-<n, 12 digits>; place k (1–6) is the
-- demo's 6a1d0c52-4f0e-4b7a-9a01-00000000000k; survey k answers at token bench-survey-token-k.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT setseed(0.2026) \g /dev/null

\if :{?part}
\else
  \set part all
\endif

SELECT (:'part' IN ('base', 'all')) AS do_base, (:'part' IN ('responses', 'all')) AS do_responses,
       (:'part' IN ('finish', 'all')) AS do_finish \gset

\if :do_base
-- The six pilot places with their public facts (shared with the demo data).
\ir ../scripts/demo/10-places.sql

-- Centres for the synthetic geography (a real town in each place).
CREATE TABLE bench_centre (k int PRIMARY KEY, place_id uuid NOT NULL, lat float8 NOT NULL, lon float8 NOT NULL);
INSERT INTO bench_centre VALUES
  (1, '6a1d0c52-4f0e-4b7a-9a01-000000000001', 55.1680, -1.6880),
  (2, '6a1d0c52-4f0e-4b7a-9a01-000000000002', 53.7210, -1.8600),
  (3, '6a1d0c52-4f0e-4b7a-9a01-000000000003', 51.5900, -0.0200),
  (4, '6a1d0c52-4f0e-4b7a-9a01-000000000004', 51.0150, -3.1000),
  (5, '6a1d0c52-4f0e-4b7a-9a01-000000000005', 52.4800, -1.9000),
  (6, '6a1d0c52-4f0e-4b7a-9a01-000000000006', 51.5300, 0.0300);

-- 20 partners per place, all in its partnership.
INSERT INTO partner (id, name, type, description, postcode, contact_name, email, created_at, updated_at, version)
SELECT md5('bench-partner:' || c.k || ':' || i)::uuid, 'Bench partner ' || c.k || '-' || i,
       (ARRAY['local_authority', 'business', 'voluntary_community', 'faith', 'social_enterprise', 'health', 'education', 'housing', 'other'])[1 + i % 9],
       'A partner organisation generated for the benchmark.', 'HX1 1AA', 'Partnership contact', 'partner' || c.k || '-' || i || '@example.org',
       now(), now(), 0
FROM bench_centre c, generate_series(1, 20) i;
INSERT INTO partnership_membership (id, place_id, partner_id, role, commitments, joined_on, status, created_at, updated_at, version)
SELECT md5('bench-membership:' || c.k || ':' || i)::uuid, c.place_id, md5('bench-partner:' || c.k || ':' || i)::uuid,
       CASE WHEN i = 1 THEN 'lead' WHEN i <= 8 THEN 'core' ELSE 'supporting' END, '{}', current_date - 400, 'active', now(), now(), 0
FROM bench_centre c, generate_series(1, 20) i;

-- 150 LSOA-like neighbourhoods per place (synthetic codes; deciles 1–10).
INSERT INTO neighbourhood (code, place_id, name, imd_decile, imd_rank, population, iod_edition, updated_at)
SELECT 'E01' || lpad((c.k * 10000 + i)::text, 6, '0'), c.place_id, 'Neighbourhood ' || c.k || '-' || i,
       1 + (i * 7) % 10, 1 + (i * 211) % 33000, 1200 + (i * 37) % 900, 'IoD2025', now()
FROM bench_centre c, generate_series(1, 150) i;

-- Spaces: spread over about 10 km × 10 km around each centre, so a 2 km circle holds a few
-- hundred of them at scale 1. Every tenth is virtual (no location).
INSERT INTO space (id, place_id, neighbourhood_code, name, kind, mode, address, postcode, lat, lon, url, platform,
                   managing_partner_id, capacity, cost, opening_hours, features, languages, description, status,
                   created_at, updated_at, version)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, c.place_id,
       'E01' || lpad((c.k * 10000 + 1 + n % 150)::text, 6, '0'),
       (ARRAY['Community Centre', 'Library', 'Park Pavilion', 'Church Hall', 'Café', 'Leisure Centre', 'School Room', 'Arts Hub', 'Wellbeing Centre', 'Youth Club'])[1 + n % 10] || ' ' || n,
       (ARRAY['community_centre', 'library', 'park_green_space', 'place_of_worship', 'cafe_pub', 'sports_leisure', 'school_education', 'arts_culture', 'health', 'youth'])[1 + n % 10],
       CASE WHEN n % 10 = 3 THEN 'virtual' WHEN n % 10 = 7 THEN 'hybrid' ELSE 'physical' END,
       CASE WHEN n % 10 <> 3 THEN n % 200 || ' High Street' END, CASE WHEN n % 10 <> 3 THEN 'HX1 1AA' END,
       CASE WHEN n % 10 <> 3 THEN c.lat + (random() - 0.5) * 0.09 END,
       CASE WHEN n % 10 <> 3 THEN c.lon + (random() - 0.5) * 0.145 END,
       CASE WHEN n % 10 IN (3, 7) THEN 'https://meet.example.org/space-' || n END, CASE WHEN n % 10 IN (3, 7) THEN 'Zoom' END,
       md5('bench-partner:' || c.k || ':' || (1 + n % 20))::uuid, 20 + (n % 10) * 20,
       (ARRAY['free', 'low_cost', 'paid'])[1 + n % 3],
       '{"periods":[{"day":"mon","opens":"09:30","closes":"16:00"},{"day":"wed","opens":"09:30","closes":"16:00"},{"day":"sat","opens":"10:00","closes":"13:00"}],"note":"Closed on bank holidays"}'::jsonb,
       (ARRAY['{step_free,accessible_toilet,warm_space}', '{hearing_loop,quiet_space}', '{family_friendly,free_to_enter_without_buying,near_public_transport}',
              '{dementia_friendly,large_print,baby_change}', '{changing_places,parking,lgbtq_friendly,faith_neutral}'])[1 + n % 5]::text[],
       (ARRAY['{en}', '{en,pl}', '{en,ur}'])[1 + n % 3]::text[],
       'A welcoming space where neighbours meet, with free tea and a warm space in winter.',
       (ARRAY['open', 'open', 'open', 'open', 'planned', 'in_development', 'idea', 'closed'])[1 + n % 8],
       now() - make_interval(days => 30 + n % 700), now(), 0
FROM generate_series(1, round(10000 * :scale)::int) n
JOIN bench_centre c ON c.k = 1 + n % 6;

-- Each space's status history: how it got to where it is.
INSERT INTO space_status_change (space_id, from_status, to_status, at, by_subject, by_username, note)
SELECT s.id, h.from_status, h.to_status, s.created_at + make_interval(days => h.step * 20), 'bench', 'bench.organiser', NULL
FROM space s
CROSS JOIN LATERAL (VALUES (0, NULL, 'idea'), (1, 'idea', 'planned'), (2, 'planned', 'in_development'), (3, 'in_development', 'open'),
                           (4, 'open', 'closed')) h (step, from_status, to_status)
WHERE h.step <= CASE s.status WHEN 'idea' THEN 0 WHEN 'planned' THEN 1 WHEN 'in_development' THEN 2 WHEN 'open' THEN 3 ELSE 4 END;

-- Recurring events, all in Calderdale (What's on's worst case, as in OccurrencesBenchmarkTest):
-- weekly on Tuesdays (every other one with a cancelled date), fortnightly on Saturdays, on the
-- second Tuesday of the month, and on Mondays, Wednesdays and Fridays — all begun in 2026.
INSERT INTO event (id, place_id, space_id, title, description, category, audiences, cost, status, starts_at, ends_at, recurrence, exceptions,
                   series_start, created_at, updated_at, version)
SELECT md5('bench-event:' || i)::uuid, '6a1d0c52-4f0e-4b7a-9a01-000000000002',
       -- spaces 1, 7, 13, … are Calderdale's
       ('00000000-0000-4000-8000-' || lpad((1 + 6 * (i % greatest(1, round(10000 * :scale)::int / 6 - 1)))::text, 12, '0'))::uuid,
       'Event ' || lpad(i::text, 4, '0'), 'A regular session generated for the benchmark.',
       (ARRAY['social', 'food', 'arts_culture', 'sport_movement', 'learning'])[1 + i % 5], '{all_ages}', 'free', 'scheduled',
       d + make_interval(hours => 8 + i % 10), d + make_interval(hours => 10 + i % 10), rule,
       CASE WHEN rule = 'FREQ=WEEKLY;BYDAY=TU' AND i % 2 = 0 THEN '[{"date": "2027-01-19", "cancelled": true}]'::jsonb ELSE '[]'::jsonb END,
       (d + make_interval(hours => 8 + i % 10)) AT TIME ZONE 'Europe/London', now(), now(), 0
FROM generate_series(1, round(5000 * :scale)::int) i,
LATERAL (SELECT CASE WHEN i % 5 IN (0, 1) THEN timestamp '2026-01-06' WHEN i % 5 = 2 THEN timestamp '2026-01-03'
                     WHEN i % 5 = 3 THEN timestamp '2026-01-13' ELSE timestamp '2026-01-05' END AS d,
                CASE WHEN i % 5 IN (0, 1) THEN 'FREQ=WEEKLY;BYDAY=TU' WHEN i % 5 = 2 THEN 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA'
                     WHEN i % 5 = 3 THEN 'FREQ=MONTHLY;BYDAY=2TU' ELSE 'FREQ=WEEKLY;BYDAY=MO,WE,FR' END AS rule) r;
INSERT INTO event_host (event_id, partner_id, position)
SELECT e.id, md5('bench-partner:2:' || (1 + h.i % 20))::uuid, h.pos
FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM event) e
CROSS JOIN LATERAL (SELECT e.i AS i, 0 AS pos UNION ALL SELECT e.i + 7, 1 WHERE e.i % 4 = 0) h;

-- One open survey per place: the core template (belonging, loneliness, community, demographics).
INSERT INTO survey (id, place_id, title, intro, questions, languages, translations, status, opens_on, public_token, created_at, updated_at, version)
SELECT md5('bench-survey:' || c.k)::uuid, c.place_id, 'How connected do you feel? (benchmark ' || c.k || ')', 'Benchmark survey.',
       '[{"code": "belonging", "required": true}, {"code": "loneliness_direct", "required": true},
         {"code": "ucla_companionship", "required": true}, {"code": "ucla_left_out", "required": true},
         {"code": "ucla_isolated", "required": true}, {"code": "chat_neighbours", "required": false},
         {"code": "trust", "required": false}, {"code": "cohesion", "required": false}, {"code": "influence", "required": false},
         {"code": "satisfaction_area", "required": false}, {"code": "mixing", "required": false},
         {"code": "good_now", "required": false}, {"code": "make_better", "required": false},
         {"code": "age_band", "required": false}, {"code": "gender", "required": false},
         {"code": "ethnic_group", "required": false}, {"code": "disability", "required": false},
         {"code": "postcode_district", "required": false}]'::jsonb,
       '{en}', '{}', 'open', current_date - 800, 'bench-survey-token-' || c.k, now() - interval '800 days', now(), 0
FROM bench_centre c;
\endif

\if :do_responses
\if :{?slice}
\else
  \set slice 0
  \set slices 1
\endif
-- Responses: evenly over the six places and over the last eight quarters, answers drawn
-- roughly as in scripts/demo/60-surveys.sql (deprivation shifts belonging, trust and loneliness).
SELECT setseed(0.2026 + :slice / 100.0) \g /dev/null
INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, neighbourhood_code, answers)
SELECT gen_random_uuid(), md5('bench-survey:' || s.k)::uuid, c.place_id,
       CASE WHEN s.u1 < 0.12 THEN 'paper' WHEN s.u1 < 0.16 THEN 'interview' ELSE 'online' END, 'en',
       now() - make_interval(secs => s.u2 * 730 * 86400),
       'E01' || lpad((s.k * 10000 + 1 + s.nb)::text, 6, '0'),
       jsonb_strip_nulls(jsonb_build_object(
         'belonging', CASE WHEN s.u3 < 0.03 THEN 'dont_know' WHEN s.u3 < 0.03 + s.pb * 0.4 THEN 'very_strongly'
                           WHEN s.u3 < 0.03 + s.pb THEN 'fairly_strongly' WHEN s.u3 < 0.03 + s.pb + (1 - s.pb) * 0.65 THEN 'not_very_strongly'
                           ELSE 'not_at_all_strongly' END,
         'loneliness_direct', CASE WHEN s.u4 < s.pl THEN 'often_always' WHEN s.u4 < s.pl + 0.2 THEN 'some_of_the_time'
                                   WHEN s.u4 < s.pl + 0.45 THEN 'occasionally' WHEN s.u4 < s.pl + 0.75 THEN 'hardly_ever' ELSE 'never' END,
         'ucla_companionship', CASE WHEN (s.u4 + s.u5) / 2 < s.pl + 0.08 THEN 'often' WHEN (s.u4 + s.u5) / 2 < 0.45 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'ucla_left_out', CASE WHEN (s.u4 + s.u6) / 2 < s.pl + 0.06 THEN 'often' WHEN (s.u4 + s.u6) / 2 < 0.42 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'ucla_isolated', CASE WHEN (s.u4 + s.u7) / 2 < s.pl + 0.07 THEN 'often' WHEN (s.u4 + s.u7) / 2 < 0.40 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'chat_neighbours', (ARRAY[NULL, 'most_days', 'once_twice_week', 'once_twice_month', 'less_than_monthly', 'never'])[1 + floor(s.u5 * 6)::int],
         'trust', CASE WHEN s.u6 < 0.06 THEN NULL WHEN s.u6 < 0.06 + s.pt THEN 'many' WHEN s.u6 < 0.5 + s.pt THEN 'some'
                       WHEN s.u6 < 0.92 THEN 'a_few' WHEN s.u6 < 0.97 THEN 'none' ELSE 'dont_know' END,
         'cohesion', (ARRAY[NULL, 'definitely_agree', 'tend_to_agree', 'tend_to_agree', 'tend_to_disagree', 'definitely_disagree', 'dont_know'])[1 + floor(s.u7 * 7)::int],
         'influence', (ARRAY[NULL, 'definitely_agree', 'tend_to_agree', 'tend_to_disagree', 'tend_to_disagree', 'definitely_disagree', 'dont_know'])[1 + floor(s.u3 * 7)::int],
         'satisfaction_area', (ARRAY['very_satisfied', 'fairly_satisfied', 'fairly_satisfied', 'neither', 'fairly_dissatisfied', 'very_dissatisfied'])[1 + floor(s.u6 * 6)::int],
         'mixing', (ARRAY[NULL, 'weekly', 'weekly', 'monthly', 'less_often', 'never'])[1 + floor(s.u4 * 6)::int],
         'good_now', CASE WHEN s.u1 > 0.8 THEN (ARRAY['The park and the library', 'Friendly neighbours', 'The Tuesday coffee morning',
                                                     'Good bus links', 'The community centre', 'Local shops that know your name'])[1 + floor(s.u5 * 6)::int] END,
         'make_better', CASE WHEN s.u2 > 0.82 THEN (ARRAY['Somewhere warm to go in winter', 'More for young people to do',
                                                       'Benches and toilets in the park', 'Evening activities', 'Cleaner streets',
                                                       'A café where you do not have to buy anything'])[1 + floor(s.u6 * 6)::int] END,
         'age_band', (ARRAY['prefer_not_to_say', '16_24', '25_34', '25_34', '35_49', '35_49', '35_49', '50_64', '50_64', '65_74', '65_74', '75_plus'])[1 + floor(s.u7 * 12)::int],
         'gender', CASE WHEN s.u5 < 0.04 THEN 'prefer_not_to_say' WHEN s.u5 < 0.56 THEN 'woman' WHEN s.u5 < 0.97 THEN 'man'
                        WHEN s.u5 < 0.99 THEN 'non_binary' ELSE 'another_term' END,
         'ethnic_group', (ARRAY['prefer_not_to_say', 'asian', 'asian', 'black', 'mixed', 'white', 'white', 'white', 'white', 'white', 'white', 'other'])[1 + floor(s.u3 * 12)::int],
         'disability', CASE WHEN s.u2 < 0.04 THEN 'prefer_not_to_say' WHEN s.u2 < 0.30 - 0.01 * s.decile THEN 'yes' ELSE 'no' END
       ))
FROM (
  SELECT g.n, 1 + g.n % 6 AS k, (g.n / 6) % 150 AS nb, 1 + ((g.n / 6) % 150 * 7 + 7) % 10 AS decile,
         0.42 + 0.027 * (1 + ((g.n / 6) % 150 * 7 + 7) % 10) AS pb, 0.15 - 0.010 * (1 + ((g.n / 6) % 150 * 7 + 7) % 10) AS pl,
         0.18 + 0.035 * (1 + ((g.n / 6) % 150 * 7 + 7) % 10) AS pt,
         random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6, random() AS u7
  FROM generate_series(1, round(1000000 * :scale)::int) g (n)
  WHERE g.n % :slices = :slice
) s
JOIN bench_centre c ON c.k = s.k;
\endif

\if :do_finish
-- Fresh statistics and visibility maps, so no autovacuum wakes up in the middle of a measurement.
VACUUM (ANALYZE) place, partner, partnership_membership, neighbourhood, space, space_status_change, event, event_host,
  survey, survey_response, idempotency_key, question, benchmark;
\endif
