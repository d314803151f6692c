-- Surveys: the question bank of recognised measures, surveys built from it, and the responses.

-- A question's wording and options never change once it exists (answers are stored against
-- them); a new wording is a new question with a higher version that `replaces` the old code.
CREATE TABLE question (
    code         text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_.]*$'),
    version      integer NOT NULL DEFAULT 1,
    replaces     text REFERENCES question (code),
    type         text NOT NULL CHECK (type IN ('single_choice', 'scale_1_7', 'free_text', 'demographic')),
    topic        text NOT NULL,
    source       text NOT NULL CHECK (source IN ('ONS', 'Community Life Survey', 'Place Standard', 'project')),
    position     integer NOT NULL,
    text         text NOT NULL,
    -- [{"code": "...", "label": "...", "value": 1, "excludedFromBase": true}, ...] in display order
    options      jsonb NOT NULL DEFAULT '[]',
    min_label    text,
    max_label    text,
    max_length   integer,
    pattern      text,
    -- {"pl": {"text": "...", "options": {"code": "label"}}, ...}
    translations jsonb NOT NULL DEFAULT '{}'
);

CREATE FUNCTION question_wording_is_fixed() RETURNS trigger AS $$
BEGIN
    IF NEW.text IS DISTINCT FROM OLD.text OR NEW.options IS DISTINCT FROM OLD.options OR NEW.type IS DISTINCT FROM OLD.type
       OR NEW.code IS DISTINCT FROM OLD.code THEN
        RAISE EXCEPTION 'question % cannot change its wording; add a new version instead', OLD.code;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER question_wording_is_fixed BEFORE UPDATE ON question FOR EACH ROW EXECUTE FUNCTION question_wording_is_fixed();

-- The bank as REFERENCE.md gives it: exact wording, options in order, answers stored as codes.
INSERT INTO question (code, type, topic, source, position, text, options, min_label, max_label, max_length, pattern) VALUES
  ('loneliness_direct', 'single_choice', 'loneliness', 'ONS', 1, 'How often do you feel lonely?', '[{"code": "often_always", "label": "Often/always"}, {"code": "some_of_the_time", "label": "Some of the time"}, {"code": "occasionally", "label": "Occasionally"}, {"code": "hardly_ever", "label": "Hardly ever"}, {"code": "never", "label": "Never"}]'::jsonb, NULL, NULL, NULL, NULL),
  ('ucla_companionship', 'single_choice', 'loneliness', 'ONS', 2, 'How often do you feel that you lack companionship?', '[{"code": "hardly_ever_never", "label": "Hardly ever or never", "value": 1}, {"code": "some_of_the_time", "label": "Some of the time", "value": 2}, {"code": "often", "label": "Often", "value": 3}]'::jsonb, NULL, NULL, NULL, NULL),
  ('ucla_left_out', 'single_choice', 'loneliness', 'ONS', 3, 'How often do you feel left out?', '[{"code": "hardly_ever_never", "label": "Hardly ever or never", "value": 1}, {"code": "some_of_the_time", "label": "Some of the time", "value": 2}, {"code": "often", "label": "Often", "value": 3}]'::jsonb, NULL, NULL, NULL, NULL),
  ('ucla_isolated', 'single_choice', 'loneliness', 'ONS', 4, 'How often do you feel isolated from others?', '[{"code": "hardly_ever_never", "label": "Hardly ever or never", "value": 1}, {"code": "some_of_the_time", "label": "Some of the time", "value": 2}, {"code": "often", "label": "Often", "value": 3}]'::jsonb, NULL, NULL, NULL, NULL),
  ('belonging', 'single_choice', 'belonging', 'Community Life Survey', 5, 'How strongly do you feel you belong to your immediate neighbourhood?', '[{"code": "very_strongly", "label": "Very strongly"}, {"code": "fairly_strongly", "label": "Fairly strongly"}, {"code": "not_very_strongly", "label": "Not very strongly"}, {"code": "not_at_all_strongly", "label": "Not at all strongly"}, {"code": "dont_know", "label": "Don''t know", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('influence', 'single_choice', 'community', 'Community Life Survey', 6, 'Do you agree or disagree that you can influence decisions affecting your local area?', '[{"code": "definitely_agree", "label": "Definitely agree"}, {"code": "tend_to_agree", "label": "Tend to agree"}, {"code": "tend_to_disagree", "label": "Tend to disagree"}, {"code": "definitely_disagree", "label": "Definitely disagree"}, {"code": "dont_know", "label": "Don''t know", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('cohesion', 'single_choice', 'community', 'Community Life Survey', 7, 'To what extent do you agree or disagree that your local area is a place where people from different backgrounds get on well together?', '[{"code": "definitely_agree", "label": "Definitely agree"}, {"code": "tend_to_agree", "label": "Tend to agree"}, {"code": "tend_to_disagree", "label": "Tend to disagree"}, {"code": "definitely_disagree", "label": "Definitely disagree"}, {"code": "dont_know", "label": "Don''t know", "excludedFromBase": true}, {"code": "too_few_people", "label": "Too few people in local area", "excludedFromBase": true}, {"code": "all_same_backgrounds", "label": "All same backgrounds", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('trust', 'single_choice', 'community', 'Community Life Survey', 8, 'Would you say that many, some, a few or none of the people in your neighbourhood can be trusted?', '[{"code": "many", "label": "Many"}, {"code": "some", "label": "Some"}, {"code": "a_few", "label": "A few"}, {"code": "none", "label": "None"}, {"code": "dont_know", "label": "Don''t know", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('chat_neighbours', 'single_choice', 'community', 'Community Life Survey', 9, 'How often do you chat to any of your neighbours, more than just to say hello?', '[{"code": "most_days", "label": "On most days"}, {"code": "once_twice_week", "label": "Once or twice a week"}, {"code": "once_twice_month", "label": "Once or twice a month"}, {"code": "less_than_monthly", "label": "Less than once a month"}, {"code": "never", "label": "Never"}]'::jsonb, NULL, NULL, NULL, NULL),
  ('satisfaction_area', 'single_choice', 'community', 'Community Life Survey', 10, 'Overall, how satisfied or dissatisfied are you with your local area as a place to live?', '[{"code": "very_satisfied", "label": "Very satisfied"}, {"code": "fairly_satisfied", "label": "Fairly satisfied"}, {"code": "neither", "label": "Neither"}, {"code": "fairly_dissatisfied", "label": "Fairly dissatisfied"}, {"code": "very_dissatisfied", "label": "Very dissatisfied"}]'::jsonb, NULL, NULL, NULL, NULL),
  ('mixing', 'single_choice', 'community', 'project', 11, 'In the past month, how often have you spent time socially with people from a different background to you — for example a different age, ethnicity, religion or income?', '[{"code": "weekly", "label": "At least once a week"}, {"code": "monthly", "label": "At least once a month"}, {"code": "less_often", "label": "Less often"}, {"code": "never", "label": "Never"}]'::jsonb, NULL, NULL, NULL, NULL),
  ('welcoming', 'single_choice', 'welcome', 'project', 12, 'This place is welcoming to people like me.', '[{"code": "strongly_agree", "label": "Strongly agree"}, {"code": "agree", "label": "Agree"}, {"code": "neither", "label": "Neither"}, {"code": "disagree", "label": "Disagree"}, {"code": "strongly_disagree", "label": "Strongly disagree"}]'::jsonb, NULL, NULL, NULL, NULL),
  ('place_standard_1', 'scale_1_7', 'place_standard', 'Place Standard', 13, 'Moving around: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_2', 'scale_1_7', 'place_standard', 'Place Standard', 14, 'Public transport: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_3', 'scale_1_7', 'place_standard', 'Place Standard', 15, 'Traffic and parking: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_4', 'scale_1_7', 'place_standard', 'Place Standard', 16, 'Streets and spaces: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_5', 'scale_1_7', 'place_standard', 'Place Standard', 17, 'Natural space: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_6', 'scale_1_7', 'place_standard', 'Place Standard', 18, 'Play and recreation: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_7', 'scale_1_7', 'place_standard', 'Place Standard', 19, 'Facilities and services: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_8', 'scale_1_7', 'place_standard', 'Place Standard', 20, 'Work and local economy: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_9', 'scale_1_7', 'place_standard', 'Place Standard', 21, 'Housing and community: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_10', 'scale_1_7', 'place_standard', 'Place Standard', 22, 'Social contact: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_11', 'scale_1_7', 'place_standard', 'Place Standard', 23, 'Identity and belonging: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_12', 'scale_1_7', 'place_standard', 'Place Standard', 24, 'Feeling safe: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_13', 'scale_1_7', 'place_standard', 'Place Standard', 25, 'Care and maintenance: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('place_standard_14', 'scale_1_7', 'place_standard', 'Place Standard', 26, 'Influence and sense of control: how would you rate this in your place?', '[]'::jsonb, 'A lot of room for improvement', 'Very little room for improvement', NULL, NULL),
  ('good_now', 'free_text', 'open', 'project', 27, 'What is good about this place now?', '[]'::jsonb, NULL, NULL, 2000, NULL),
  ('make_better', 'free_text', 'open', 'project', 28, 'What would make it better?', '[]'::jsonb, NULL, NULL, 2000, NULL),
  ('age_band', 'demographic', 'demographics', 'ONS', 29, 'What is your age?', '[{"code": "16_24", "label": "16 to 24"}, {"code": "25_34", "label": "25 to 34"}, {"code": "35_49", "label": "35 to 49"}, {"code": "50_64", "label": "50 to 64"}, {"code": "65_74", "label": "65 to 74"}, {"code": "75_plus", "label": "75 or over"}, {"code": "prefer_not_to_say", "label": "Prefer not to say", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('gender', 'demographic', 'demographics', 'ONS', 30, 'Which of these best describes you?', '[{"code": "woman", "label": "Woman"}, {"code": "man", "label": "Man"}, {"code": "non_binary", "label": "Non-binary"}, {"code": "another_term", "label": "I use another term"}, {"code": "prefer_not_to_say", "label": "Prefer not to say", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('ethnic_group', 'demographic', 'demographics', 'ONS', 31, 'What is your ethnic group?', '[{"code": "asian", "label": "Asian, Asian British or Asian Welsh"}, {"code": "black", "label": "Black, Black British, Black Welsh, Caribbean or African"}, {"code": "mixed", "label": "Mixed or multiple ethnic groups"}, {"code": "white", "label": "White"}, {"code": "other", "label": "Other ethnic group"}, {"code": "prefer_not_to_say", "label": "Prefer not to say", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('disability', 'demographic', 'demographics', 'ONS', 32, 'Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?', '[{"code": "yes", "label": "Yes"}, {"code": "no", "label": "No"}, {"code": "prefer_not_to_say", "label": "Prefer not to say", "excludedFromBase": true}]'::jsonb, NULL, NULL, NULL, NULL),
  ('postcode_district', 'demographic', 'demographics', 'project', 33, 'What is the first part of your postcode? For example HX1.', '[]'::jsonb, NULL, NULL, 4, '^[A-Z]{1,2}[0-9][0-9A-Z]?$');

CREATE TABLE survey (
    id           uuid PRIMARY KEY,
    place_id     uuid NOT NULL REFERENCES place (id),
    space_id     uuid REFERENCES space (id),
    event_id     uuid REFERENCES event (id),
    title        text NOT NULL,
    intro        text,
    -- [{"code": "belonging", "required": true}, ...] in the order asked
    questions    jsonb NOT NULL,
    languages    text[] NOT NULL DEFAULT '{en}',
    translations jsonb NOT NULL DEFAULT '{}',
    status       text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    opens_on     date,
    closes_on    date,
    public_token text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint NOT NULL,
    CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX survey_place ON survey (place_id, created_at DESC, id);

-- One response: answers by question code (option codes, 1–7, or text; demographics included).
-- Deliberately no client address and no user agent. The receipt is kept only as a hash.
CREATE TABLE survey_response (
    id                 uuid PRIMARY KEY,
    survey_id          uuid NOT NULL REFERENCES survey (id),
    place_id           uuid NOT NULL REFERENCES place (id),
    mode               text NOT NULL CHECK (mode IN ('online', 'paper', 'interview')),
    language           text NOT NULL,
    submitted_at       timestamptz NOT NULL,
    neighbourhood_code text REFERENCES neighbourhood (code) ON DELETE SET NULL,
    answers            jsonb NOT NULL,
    receipt_hash       text UNIQUE
);
CREATE INDEX survey_response_survey ON survey_response (survey_id, submitted_at, id);
CREATE INDEX survey_response_place ON survey_response (place_id, submitted_at);

-- What a public submission answered, by Idempotency-Key, so a retry gets the same answer.
CREATE TABLE idempotency_key (
    survey_id    uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    key          text NOT NULL,
    request_hash text NOT NULL,
    response_id  uuid,
    response     jsonb,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (survey_id, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
