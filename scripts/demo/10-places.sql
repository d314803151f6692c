-- The six pilot places with their public facts (REFERENCE.md: ONS GSS codes, Census 2021
-- usual residents). Idempotent: a place already there (by slug) is left as it is.
INSERT INTO place (id, slug, name, gss_code, region, population, description, created_at, updated_at, version) VALUES
  ('6a1d0c52-4f0e-4b7a-9a01-000000000001', 'northumberland', 'Northumberland', 'E06000057', 'North East', 320600,
   'Unitary authority stretching from the Tyne to the Scottish border: market towns, former mining communities and remote rural areas.', now(), now(), 0),
  ('6a1d0c52-4f0e-4b7a-9a01-000000000002', 'calderdale', 'Calderdale', 'E08000033', 'Yorkshire and The Humber', 206600,
   'Metropolitan district in West Yorkshire: Halifax, Brighouse, Todmorden, Hebden Bridge and the Calder valley.', now(), now(), 0),
  ('6a1d0c52-4f0e-4b7a-9a01-000000000003', 'waltham-forest', 'Waltham Forest', 'E09000031', 'London', 278400,
   'Outer London borough from Leyton and Walthamstow to Chingford, on the edge of Epping Forest.', now(), now(), 0),
  ('6a1d0c52-4f0e-4b7a-9a01-000000000004', 'somerset', 'Somerset', 'E06000066', 'South West', 571600,
   'Unitary authority since April 2023, replacing the county council and four districts: towns, villages and the Levels.', now(), now(), 0),
  ('6a1d0c52-4f0e-4b7a-9a01-000000000005', 'birmingham', 'Birmingham', 'E08000025', 'West Midlands', 1144900,
   'Metropolitan district and the largest local authority in England, young and very diverse.', now(), now(), 0),
  ('6a1d0c52-4f0e-4b7a-9a01-000000000006', 'newham', 'Newham', 'E09000025', 'London', 351100,
   'East London borough around Stratford and the Royal Docks, one of the most diverse places in the country.', now(), now(), 0)
ON CONFLICT (slug) DO NOTHING;
