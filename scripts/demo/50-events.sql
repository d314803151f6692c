-- Regular events in every pilot place: weekly, fortnightly and monthly (positional) sessions in
-- the place's open spaces, some co-hosted by two partners, one date cancelled, one one-off event
-- coming up, and attendance recorded for the weekly sessions that have already happened.
-- Start dates are relative to the day the data is loaded; ids are derived from the place and the
-- template, so running this again changes nothing (ON CONFLICT DO NOTHING).
WITH template (n, title, category, audiences, languages, rule, isodow, week_of_month, start_hour, minutes, co_hosted, cost, description) AS (
  VALUES
    (1, 'Tuesday coffee morning', 'social', '{all_ages,older_people}', '{}', 'FREQ=WEEKLY;BYDAY=TU', 2, 0, 10, 120, true, 'free',
        'Tea, coffee and a chat. Come on your own or bring a friend; there is always someone to talk to.'),
    (2, 'Community lunch', 'food', '{all_ages}', '{}', 'FREQ=WEEKLY;BYDAY=TH', 4, 0, 12, 90, false, 'low_cost',
        'A hot two-course lunch cooked by volunteers. Pay what you can.'),
    (3, 'Youth club', 'sport_movement', '{young_people}', '{}', 'FREQ=WEEKLY;BYDAY=WE', 3, 0, 18, 120, true, 'free',
        'Games, sport and a safe place to hang out for 11 to 18 year olds.'),
    (4, 'Stay and play', 'family', '{families,children}', '{}', 'FREQ=WEEKLY;BYDAY=FR', 5, 0, 10, 90, false, 'free',
        'Toys, songs and a cuppa for parents and carers with under-fives.'),
    (5, 'Knit and natter', 'arts_culture', '{older_people,carers}', '{}', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 1, 0, 14, 120, false, 'free',
        'Bring your own project or learn to knit. Wool and needles provided.'),
    (6, 'Advice drop-in', 'support_advice', '{all_ages,newcomers}', '{}', 'FREQ=MONTHLY;BYDAY=2TU', 2, 2, 13, 180, true, 'free',
        'Free, confidential help with benefits, bills and housing. No appointment needed.'),
    (7, 'Repair café', 'civic_volunteering', '{all_ages}', '{}', 'FREQ=MONTHLY;BYDAY=-1SA', 6, -1, 10, 180, false, 'free',
        'Volunteers fix clothes, bikes, toys and small electricals with you.'),
    (8, 'English conversation club', 'learning', '{newcomers,language_community}', '{ur,pl}', 'FREQ=WEEKLY;BYDAY=SA', 6, 0, 11, 90, false, 'free',
        'Practise everyday English with friendly volunteers. All levels welcome.'),
    (9, 'Winter warmer evening', 'social', '{all_ages}', '{}', NULL, NULL, NULL, 18, 180, true, 'free',
        'Soup, music and a warm room for everyone.')
),
place_space AS (
  SELECT s.place_id, s.id, row_number() OVER (PARTITION BY s.place_id ORDER BY s.name, s.id) AS i,
         count(*) OVER (PARTITION BY s.place_id) AS k
  FROM space s WHERE s.status = 'open' AND s.mode <> 'virtual'
),
-- The first occurrence: a date about four months ago that the rule gives (the one-off is three weeks ahead).
first_day AS (
  SELECT p.id AS place_id, p.slug, t.*,
         CASE
           WHEN t.rule IS NULL THEN current_date + 21
           WHEN t.week_of_month = 0 THEN (current_date - 120) + ((t.isodow - extract(isodow FROM current_date - 120)::int + 7) % 7)
           WHEN t.week_of_month > 0 THEN (m.first + ((t.isodow - extract(isodow FROM m.first)::int + 7) % 7) + 7 * (t.week_of_month - 1))::date
           ELSE (m.last - ((extract(isodow FROM m.last)::int - t.isodow + 7) % 7))::date
         END AS day
  FROM place p CROSS JOIN template t
  CROSS JOIN LATERAL (SELECT date_trunc('month', current_date - 120)::date AS first,
                             (date_trunc('month', current_date - 120) + interval '1 month - 1 day')::date AS last) m
  WHERE p.slug IN ('northumberland', 'calderdale', 'waltham-forest', 'somerset', 'birmingham', 'newham')
)
INSERT INTO event (id, place_id, space_id, title, description, category, audiences, languages, cost, status, starts_at, ends_at,
                   recurrence, exceptions, series_start, series_end, created_at, updated_at, version)
SELECT md5('demo-event:' || f.slug || ':' || f.n)::uuid, f.place_id, ps.id, f.title, f.description, f.category,
       f.audiences::text[], f.languages::text[], f.cost, 'scheduled',
       f.day + make_interval(hours => f.start_hour), f.day + make_interval(hours => f.start_hour, mins => f.minutes), f.rule,
       CASE WHEN f.n = 1 THEN jsonb_build_array(jsonb_build_object('date', (f.day + 21)::text, 'cancelled', true,
                                                                    'note', 'Hall closed for repairs'))
            ELSE '[]'::jsonb END,
       (f.day + make_interval(hours => f.start_hour)) AT TIME ZONE 'Europe/London',
       CASE WHEN f.rule IS NULL THEN (f.day + make_interval(hours => f.start_hour, mins => f.minutes)) AT TIME ZONE 'Europe/London' END,
       now(), now(), 0
FROM first_day f
LEFT JOIN place_space ps ON ps.place_id = f.place_id AND ps.i = 1 + (f.n - 1) % ps.k
ON CONFLICT (id) DO NOTHING;

-- Hosts: one partner of the partnership each, a second for the co-hosted ones.
WITH member AS (
  SELECT m.place_id, m.partner_id, row_number() OVER (PARTITION BY m.place_id ORDER BY p.name, p.id) AS i,
         count(*) OVER (PARTITION BY m.place_id) AS k
  FROM partnership_membership m JOIN partner p ON p.id = m.partner_id WHERE m.status = 'active'
),
demo AS (
  SELECT e.id, e.place_id, t.n, t.co_hosted
  FROM event e JOIN place p ON p.id = e.place_id
  CROSS JOIN (VALUES (1, true), (2, false), (3, true), (4, false), (5, false), (6, true), (7, false), (8, false), (9, true)) t (n, co_hosted)
  WHERE e.id = md5('demo-event:' || p.slug || ':' || t.n)::uuid
)
INSERT INTO event_host (event_id, partner_id, position)
SELECT d.id, m.partner_id, h.position
FROM demo d
CROSS JOIN (VALUES (0, 0), (1, 3)) h (position, shift)
JOIN member m ON m.place_id = d.place_id AND m.i = 1 + (d.n - 1 + h.shift) % m.k
WHERE h.position = 0 OR d.co_hosted
ON CONFLICT DO NOTHING;

-- Attendance for every weekly or fortnightly session that has already happened (not the cancelled one).
INSERT INTO attendance (event_id, occurrence_date, total, first_time, age_bands, recorded_at, recorded_by)
SELECT e.id, d::date, a.total, a.total * (abs(hashtext(e.id::text || d::text || 'f')) % 30) / 100,
       CASE WHEN e.title = 'Tuesday coffee morning'
            THEN jsonb_build_object('age50to64', a.total / 4, 'age65to74', a.total / 3, 'age75plus', a.total / 4) END,
       d + make_interval(days => 1), 'organiser.demo'
FROM event e
CROSS JOIN LATERAL generate_series(e.starts_at::date, current_date - 1,
        CASE WHEN e.recurrence LIKE '%INTERVAL=2%' THEN interval '14 days' ELSE interval '7 days' END) d
CROSS JOIN LATERAL (SELECT 6 + abs(hashtext(e.id::text || d::text)) % 25 AS total) a
WHERE e.id IN (SELECT md5('demo-event:' || p.slug || ':' || n)::uuid FROM place p, generate_series(1, 8) n)
  AND e.recurrence LIKE 'FREQ=WEEKLY%'
  AND NOT e.exceptions @> jsonb_build_array(jsonb_build_object('date', d::date::text, 'cancelled', true))
ON CONFLICT DO NOTHING;
