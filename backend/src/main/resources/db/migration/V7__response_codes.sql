-- Indicators read every response of a place, so what they read must be small and close together.
-- The answers jsonb is ~450 bytes a row and a place's rows lie all over the table; pulling single
-- answers out of it costs more than the arithmetic. So each response also carries its answers
-- as numbers, kept by a trigger (every writer — API, CSV import, demo and bench SQL — gets it):
--
--   submitted_on  the day it was submitted, in Europe/London (periods and from/to are London days)
--   coded         one smallint per bank question, at the question's `position`: the option's
--                 1-based place in `options` for choice and demographic questions, the value for
--                 1–7 scales, 0 when not answered (or free text). No NULLs, so subscripts are O(1).
--
-- A covering index in (place, day) order holds them with everything an indicator filter or
-- breakdown needs, so indicators are an index-only scan of one place's slice. Which options count
-- as "yes" stays in the application (insight/Indicators.java); this only numbers the answers.

ALTER TABLE question ADD CONSTRAINT question_position_unique UNIQUE (position);

ALTER TABLE survey_response ADD COLUMN submitted_on date, ADD COLUMN coded smallint[];

CREATE FUNCTION survey_response_coded() RETURNS trigger AS $$
DECLARE
    q      record;
    codes  smallint[];
    answer text;
BEGIN
    NEW.submitted_on := (NEW.submitted_at AT TIME ZONE 'Europe/London')::date;
    codes := array_fill(0::smallint, ARRAY[(SELECT max(position) FROM question)]);
    FOR q IN SELECT position, type, options, code FROM question WHERE NEW.answers ? code LOOP
        answer := NEW.answers ->> q.code;
        IF q.type = 'scale_1_7' THEN
            codes[q.position] := CASE WHEN answer ~ '^[1-7]$' THEN answer::smallint ELSE 0 END;
        ELSIF q.type <> 'free_text' THEN
            codes[q.position] := coalesce((SELECT o.i FROM jsonb_array_elements(q.options) WITH ORDINALITY o (opt, i)
                                           WHERE o.opt ->> 'code' = answer), 0);
        END IF;
    END LOOP;
    NEW.coded := codes;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER survey_response_coded BEFORE INSERT OR UPDATE OF answers, submitted_at ON survey_response
    FOR EACH ROW EXECUTE FUNCTION survey_response_coded();

UPDATE survey_response SET answers = answers;
ALTER TABLE survey_response ALTER COLUMN submitted_on SET NOT NULL, ALTER COLUMN coded SET NOT NULL;

CREATE INDEX survey_response_indicators ON survey_response (place_id, submitted_on)
    INCLUDE (survey_id, neighbourhood_code, mode, language, coded);

-- The scan above stays index-only only where the visibility map is set: let autovacuum visit
-- after every 2% of new responses rather than the default 20%.
ALTER TABLE survey_response SET (autovacuum_vacuum_insert_scale_factor = 0.02);
