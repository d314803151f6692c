-- Neighbourhood boundaries (LSOA polygons, WGS 84), loaded by admins from GeoJSON. Until a place
-- has them, gap analysis says so and counts spaces only by their recorded neighbourhood.
ALTER TABLE neighbourhood ADD COLUMN boundary geography(MultiPolygon, 4326);
CREATE INDEX neighbourhood_boundary ON neighbourhood USING gist (boundary);
