-- GET /api/v1/spaces?near=…&radius=2000&place=… (page of 50): SpaceRepository's near query, done
-- in one statement that returns the whole rows (the API finds the ids, then loads those rows).
-- Points are drawn as bench/lib/requests.mjs draws them: within ±3.3 km N–S, ±3.1 km E–W of a
-- town in one of the six places.
\set k random(1, 6)
\set lat CASE WHEN :k = 1 THEN 55.168 WHEN :k = 2 THEN 53.721 WHEN :k = 3 THEN 51.59 WHEN :k = 4 THEN 51.015 WHEN :k = 5 THEN 52.48 ELSE 51.53 END + random(-30000, 30000) / 1000000.0
\set lon CASE WHEN :k = 1 THEN -1.688 WHEN :k = 2 THEN -1.86 WHEN :k = 3 THEN -0.02 WHEN :k = 4 THEN -3.1 WHEN :k = 5 THEN -1.9 ELSE 0.03 END + random(-45000, 45000) / 1000000.0
SELECT s.id,s.address,s.capacity,s.cost,s.created_at,s.description,s.features,s.kind,s.languages,s.lat,s.lon,s.managing_partner_id,s.mode,s.name,s.neighbourhood_code,s.opening_hours,s.place_id,s.platform,s.postcode,s.status,s.updated_at,s.url,s.version, ST_Distance(s.location, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS d FROM space s WHERE true AND s.place_id = ('6a1d0c52-4f0e-4b7a-9a01-00000000000' || :k)::uuid AND ST_DWithin(s.location, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, 2000) ORDER BY d, s.id LIMIT 51;
