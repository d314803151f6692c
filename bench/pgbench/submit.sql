-- POST /api/v1/public/surveys/{token}/responses with an Idempotency-Key: the statements the API
-- sends in its one transaction (from Hibernate's SQL log) — the survey by its token, claim the key,
-- store the response, record the answer under the key. (The API also reads the question bank,
-- which never changes; that read is left out here, so it counts against the API.)
\set k random(1, 6)
\set key random(1, 999999999999999)
BEGIN;
select s1_0.id,s1_0.closes_on,s1_0.created_at,s1_0.event_id,s1_0.intro,s1_0.languages,s1_0.opens_on,s1_0.place_id,s1_0.public_token,s1_0.questions,s1_0.space_id,s1_0.status,s1_0.title,s1_0.translations,s1_0.updated_at,s1_0.version from survey s1_0 where s1_0.public_token=('bench-survey-token-' || :k) fetch first 1 rows only;
INSERT INTO idempotency_key (survey_id, key, request_hash, created_at) VALUES (md5('bench-survey:' || :k)::uuid, 'pgbench-' || :key, encode(sha256(('h' || :key)::bytea), 'hex'), now()) ON CONFLICT DO NOTHING;
INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, neighbourhood_code, answers, receipt_hash) VALUES (gen_random_uuid(), md5('bench-survey:' || :k)::uuid, ('6a1d0c52-4f0e-4b7a-9a01-00000000000' || :k)::uuid, 'online', 'en', now(), NULL, CAST('{"belonging":"fairly_strongly","loneliness_direct":"hardly_ever","ucla_companionship":"hardly_ever_never","ucla_left_out":"some_of_the_time","ucla_isolated":"hardly_ever_never","chat_neighbours":"once_twice_week","trust":"some","age_band":"35_49","gender":"woman"}' AS jsonb), encode(sha256(('r' || :key)::bytea), 'hex')) RETURNING id AS response_id \gset
UPDATE idempotency_key SET response_id = :response_id::uuid, response = CAST('{"receipt":"K8SE-EFGQ-FG3T","submittedAt":"2026-11-24T23:59:34.55507Z"}' AS jsonb) WHERE survey_id = md5('bench-survey:' || :k)::uuid AND key = 'pgbench-' || :key;
END;
