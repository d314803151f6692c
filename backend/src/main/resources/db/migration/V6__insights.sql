-- England benchmarks for indicators, kept as data with their year and source (REFERENCE.md).
-- A note marks figures that still need checking against the primary source.
CREATE TABLE benchmark (
    indicator text PRIMARY KEY,
    value     double precision NOT NULL CHECK (value >= 0),
    year      text NOT NULL,
    source    text NOT NULL,
    note      text
);

INSERT INTO benchmark (indicator, value, year, source, note) VALUES
  ('belonging', 0.62, '2024/25', 'Community Life Survey', NULL),
  ('loneliness', 0.07, '2024/25', 'Community Life Survey', 'About 7%; check the exact figure.'),
  ('loneliness_ucla_high', 0.09, '2024/25', 'Community Life Survey', 'Check against the source.'),
  ('influence', 0.27, '2016/17', 'Community Life Survey', 'An older year; check against the source.');

-- Indicators group responses by the survey's space or event and by period.
CREATE INDEX survey_space ON survey (space_id) WHERE space_id IS NOT NULL;
CREATE INDEX survey_event ON survey (event_id) WHERE event_id IS NOT NULL;
