-- An open "Belonging and loneliness core" survey in every pilot place, with 450 synthetic
-- responses each over the last six quarters. Answers vary believably: residents of more deprived
-- neighbourhoods (lower IMD decile) report less belonging and trust and more loneliness, and
-- belonging edges up over time. Small groups (e.g. some ethnic groups in some places) stay thin
-- on purpose, so dashboards show suppression. Runs after the neighbourhood import; idempotent
-- (fixed ids, ON CONFLICT DO NOTHING) and repeatable (seeded random numbers).
SELECT setseed(0.2026);

INSERT INTO survey (id, place_id, title, intro, questions, languages, translations, status, opens_on, public_token,
                    created_at, updated_at, version)
SELECT md5('demo-survey:' || p.slug)::uuid, p.id, 'How connected do you feel in ' || p.name || '?',
       'A few questions about how connected you feel to your neighbourhood. It takes about three minutes, and your answers are anonymous.',
       '[{"code": "belonging", "required": true}, {"code": "loneliness_direct", "required": true},
         {"code": "ucla_companionship", "required": true}, {"code": "ucla_left_out", "required": true},
         {"code": "ucla_isolated", "required": true}, {"code": "chat_neighbours", "required": false},
         {"code": "trust", "required": false}, {"code": "cohesion", "required": false}, {"code": "influence", "required": false},
         {"code": "satisfaction_area", "required": false}, {"code": "mixing", "required": false},
         {"code": "good_now", "required": false}, {"code": "make_better", "required": false},
         {"code": "age_band", "required": false}, {"code": "gender", "required": false},
         {"code": "ethnic_group", "required": false}, {"code": "disability", "required": false},
         {"code": "postcode_district", "required": false}]'::jsonb,
       '{en}', '{}', 'open', current_date - 540, replace(gen_random_uuid()::text, '-', ''),
       now() - interval '540 days', now(), 0
FROM place p
WHERE p.slug IN ('northumberland', 'calderdale', 'waltham-forest', 'somerset', 'birmingham', 'newham')
ON CONFLICT (id) DO NOTHING;

WITH respondent AS (
  SELECT p.slug, p.id AS place_id, md5('demo-survey:' || p.slug)::uuid AS survey_id, g.i,
         nb.code AS neighbourhood, coalesce(nb.imd_decile, 5) AS decile,
         -- 0 = this quarter … 5 = six quarters ago; more answers in recent quarters
         (floor(power(random(), 1.4) * 6))::int AS quarters_ago,
         random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6, random() AS u7,
         random() AS u8, random() AS u9, random() AS u10, random() AS u11, random() AS u12, random() AS u13, random() AS u14
  FROM place p
  CROSS JOIN generate_series(1, 450) g (i)
  LEFT JOIN LATERAL (
    SELECT n.code, n.imd_decile FROM neighbourhood n WHERE n.place_id = p.id
    ORDER BY md5(n.code || ':' || g.i) LIMIT 1) nb ON true
  WHERE EXISTS (SELECT 1 FROM survey s WHERE s.id = md5('demo-survey:' || p.slug)::uuid)
),
scored AS (
  SELECT r.*,
         -- chances that move with deprivation (decile 1 = most deprived) and, for belonging, with time
         0.42 + 0.027 * r.decile + 0.015 * (5 - r.quarters_ago) AS p_belong,
         0.15 - 0.010 * r.decile AS p_lonely,
         0.18 + 0.035 * r.decile AS p_trust
  FROM respondent r
)
INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, neighbourhood_code, answers)
SELECT md5('demo-response:' || s.slug || ':' || s.i)::uuid, s.survey_id, s.place_id,
       CASE WHEN s.u14 < 0.12 THEN 'paper' WHEN s.u14 < 0.16 THEN 'interview' ELSE 'online' END, 'en',
       LEAST(date_trunc('quarter', now()) - make_interval(months => 3 * s.quarters_ago) + make_interval(days => (s.u13 * 85)::int, hours => 9 + (s.u12 * 10)::int),
             now() - make_interval(hours => 1 + (s.u13 * 400)::int)),
       s.neighbourhood,
       jsonb_strip_nulls(jsonb_build_object(
         'belonging', CASE WHEN s.u1 < 0.03 THEN 'dont_know'
                           WHEN s.u1 < 0.03 + s.p_belong * 0.4 THEN 'very_strongly'
                           WHEN s.u1 < 0.03 + s.p_belong THEN 'fairly_strongly'
                           WHEN s.u1 < 0.03 + s.p_belong + (1 - s.p_belong) * 0.65 THEN 'not_very_strongly'
                           ELSE 'not_at_all_strongly' END,
         'loneliness_direct', CASE WHEN s.u2 < s.p_lonely THEN 'often_always' WHEN s.u2 < s.p_lonely + 0.2 THEN 'some_of_the_time'
                                   WHEN s.u2 < s.p_lonely + 0.45 THEN 'occasionally' WHEN s.u2 < s.p_lonely + 0.75 THEN 'hardly_ever'
                                   ELSE 'never' END,
         -- the three UCLA items lean the same way as direct loneliness for the same person
         'ucla_companionship', CASE WHEN (s.u2 + s.u3) / 2 < s.p_lonely + 0.08 THEN 'often'
                                    WHEN (s.u2 + s.u3) / 2 < 0.45 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'ucla_left_out', CASE WHEN (s.u2 + s.u4) / 2 < s.p_lonely + 0.06 THEN 'often'
                               WHEN (s.u2 + s.u4) / 2 < 0.42 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'ucla_isolated', CASE WHEN (s.u2 + s.u5) / 2 < s.p_lonely + 0.07 THEN 'often'
                               WHEN (s.u2 + s.u5) / 2 < 0.40 THEN 'some_of_the_time' ELSE 'hardly_ever_never' END,
         'chat_neighbours', CASE WHEN s.u6 < 0.05 THEN NULL WHEN s.u6 < 0.2 + 0.02 * s.decile THEN 'most_days'
                                 WHEN s.u6 < 0.45 + 0.02 * s.decile THEN 'once_twice_week' WHEN s.u6 < 0.7 + 0.01 * s.decile THEN 'once_twice_month'
                                 WHEN s.u6 < 0.9 THEN 'less_than_monthly' ELSE 'never' END,
         'trust', CASE WHEN s.u7 < 0.06 THEN NULL WHEN s.u7 < 0.06 + s.p_trust THEN 'many' WHEN s.u7 < 0.5 + s.p_trust THEN 'some'
                       WHEN s.u7 < 0.92 THEN 'a_few' WHEN s.u7 < 0.97 THEN 'none' ELSE 'dont_know' END,
         'cohesion', CASE WHEN s.u8 < 0.08 THEN NULL WHEN s.u8 < 0.35 THEN 'definitely_agree' WHEN s.u8 < 0.72 + 0.01 * s.decile THEN 'tend_to_agree'
                          WHEN s.u8 < 0.88 THEN 'tend_to_disagree' WHEN s.u8 < 0.93 THEN 'definitely_disagree' ELSE 'dont_know' END,
         'influence', CASE WHEN s.u9 < 0.1 THEN NULL WHEN s.u9 < 0.16 THEN 'definitely_agree' WHEN s.u9 < 0.3 + 0.01 * s.decile THEN 'tend_to_agree'
                           WHEN s.u9 < 0.7 THEN 'tend_to_disagree' WHEN s.u9 < 0.9 THEN 'definitely_disagree' ELSE 'dont_know' END,
         'satisfaction_area', CASE WHEN s.u10 < 0.2 + 0.03 * s.decile THEN 'very_satisfied' WHEN s.u10 < 0.55 + 0.03 * s.decile THEN 'fairly_satisfied'
                                   WHEN s.u10 < 0.85 THEN 'neither' WHEN s.u10 < 0.95 THEN 'fairly_dissatisfied' ELSE 'very_dissatisfied' END,
         'mixing', CASE WHEN s.u11 < 0.1 THEN NULL WHEN s.u11 < 0.4 THEN 'weekly' WHEN s.u11 < 0.68 THEN 'monthly'
                        WHEN s.u11 < 0.9 THEN 'less_often' ELSE 'never' END,
         'good_now', CASE WHEN s.u12 < 0.2 THEN (ARRAY['The park and the library', 'Friendly neighbours', 'The Tuesday coffee morning',
                                                      'Good bus links', 'The community centre', 'Local shops that know your name'])[1 + (s.u3 * 5.99)::int] END,
         'make_better', CASE WHEN s.u13 < 0.18 THEN (ARRAY['Somewhere warm to go in winter', 'More for young people to do',
                                                        'Benches and toilets in the park', 'Evening activities', 'Cleaner streets',
                                                        'A café where you do not have to buy anything'])[1 + (s.u4 * 5.99)::int] END,
         'age_band', CASE WHEN s.u3 < 0.05 THEN 'prefer_not_to_say' WHEN s.u3 < 0.15 THEN '16_24' WHEN s.u3 < 0.32 THEN '25_34'
                          WHEN s.u3 < 0.55 THEN '35_49' WHEN s.u3 < 0.75 THEN '50_64' WHEN s.u3 < 0.9 THEN '65_74' ELSE '75_plus' END,
         'gender', CASE WHEN s.u4 < 0.04 THEN 'prefer_not_to_say' WHEN s.u4 < 0.56 THEN 'woman' WHEN s.u4 < 0.97 THEN 'man'
                        WHEN s.u4 < 0.99 THEN 'non_binary' ELSE 'another_term' END,
         'ethnic_group', CASE WHEN s.u5 < 0.05 THEN 'prefer_not_to_say'
                              WHEN s.slug IN ('newham', 'birmingham', 'waltham-forest') THEN
                                CASE WHEN s.u5 < 0.36 THEN 'asian' WHEN s.u5 < 0.52 THEN 'black' WHEN s.u5 < 0.57 THEN 'mixed'
                                     WHEN s.u5 < 0.95 THEN 'white' ELSE 'other' END
                              WHEN s.slug = 'calderdale' THEN
                                CASE WHEN s.u5 < 0.15 THEN 'asian' WHEN s.u5 < 0.165 THEN 'black' WHEN s.u5 < 0.18 THEN 'mixed'
                                     WHEN s.u5 < 0.99 THEN 'white' ELSE 'other' END
                              ELSE CASE WHEN s.u5 < 0.065 THEN 'asian' WHEN s.u5 < 0.07 THEN 'black' WHEN s.u5 < 0.08 THEN 'mixed'
                                        WHEN s.u5 < 0.995 THEN 'white' ELSE 'other' END END,
         'disability', CASE WHEN s.u6 < 0.04 THEN 'prefer_not_to_say' WHEN s.u6 < 0.04 + 0.26 - 0.01 * s.decile THEN 'yes' ELSE 'no' END
       ))
FROM scored s
ON CONFLICT (id) DO NOTHING;

-- A Place Standard survey per place, with 180 responses: each theme rated 1–7, lower where
-- deprivation is higher, and "Social contact" and "Feeling safe" a little lower everywhere.
INSERT INTO survey (id, place_id, title, intro, questions, languages, translations, status, opens_on, public_token,
                    created_at, updated_at, version)
SELECT md5('demo-place-standard:' || p.slug)::uuid, p.id, 'Place Standard: how is ' || p.name || ' doing?',
       'Rate 14 things about your place from 1 (a lot of room for improvement) to 7 (very little room for improvement).',
       (SELECT jsonb_agg(jsonb_build_object('code', 'place_standard_' || k, 'required', true) ORDER BY k) FROM generate_series(1, 14) k)
         || '[{"code": "good_now", "required": false}, {"code": "make_better", "required": false}, {"code": "age_band", "required": false}]'::jsonb,
       '{en}', '{}', 'open', current_date - 300, replace(gen_random_uuid()::text, '-', ''), now() - interval '300 days', now(), 0
FROM place p
WHERE p.slug IN ('northumberland', 'calderdale', 'waltham-forest', 'somerset', 'birmingham', 'newham')
ON CONFLICT (id) DO NOTHING;

INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, neighbourhood_code, answers)
SELECT md5('demo-ps-response:' || r.slug || ':' || r.i)::uuid, md5('demo-place-standard:' || r.slug)::uuid, r.place_id,
       CASE WHEN random() < 0.2 THEN 'paper' ELSE 'online' END, 'en',
       now() - make_interval(days => (random() * 280)::int, hours => (random() * 12)::int), r.code,
       (SELECT jsonb_object_agg('place_standard_' || k,
                 least(7, greatest(1, round(2.6 + 0.28 * r.decile - CASE WHEN k IN (10, 12) THEN 0.7 ELSE 0 END
                                            + (random() + random() + random() - 1.5) * 2.2)::int)))
        FROM generate_series(1, 14) k)
       || jsonb_build_object('age_band', (ARRAY['16_24', '25_34', '35_49', '50_64', '65_74', '75_plus'])[1 + (random() * 5.99)::int])
FROM (
  SELECT p.slug, p.id AS place_id, g.i, nb.code, coalesce(nb.imd_decile, 5) AS decile
  FROM place p CROSS JOIN generate_series(1, 180) g (i)
  LEFT JOIN LATERAL (SELECT n.code, n.imd_decile FROM neighbourhood n WHERE n.place_id = p.id
                     ORDER BY md5(n.code || ':ps:' || g.i) LIMIT 1) nb ON true
  WHERE EXISTS (SELECT 1 FROM survey s WHERE s.id = md5('demo-place-standard:' || p.slug)::uuid)
) r
ON CONFLICT (id) DO NOTHING;
