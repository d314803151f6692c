-- Demo spaces are fictional, and no neighbourhood boundaries are held, so their LSOA cannot be
-- derived from where they are: give each a neighbourhood of its own place (more deprived ones a
-- little more often), so gap analysis and maps have supply to show. Runs after the neighbourhood
-- import; leaves alone any space that already has one.
UPDATE space s SET neighbourhood_code = pick.code, updated_at = now()
FROM (
  SELECT s2.id, (SELECT n.code FROM neighbourhood n WHERE n.place_id = s2.place_id
                 ORDER BY md5(n.code || s2.id::text)::uuid::text, n.imd_decile LIMIT 1) AS code
  FROM space s2 WHERE s2.neighbourhood_code IS NULL AND s2.mode <> 'virtual'
) pick
WHERE s.id = pick.id AND pick.code IS NOT NULL;
