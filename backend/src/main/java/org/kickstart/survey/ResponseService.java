package org.kickstart.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.kickstart.common.Access;
import org.kickstart.common.Csv;
import org.kickstart.common.Json;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.survey.SurveyService.Surveys;

/**
 * Responses: residents answering (idempotent, rate-limited, no trace of who they are),
 * withdrawing with a receipt, organisers entering and importing paper forms, and reading them.
 */
@ApplicationScoped
public class ResponseService {

    /** Crockford's base32: no I, L, O or U, so a receipt read aloud or copied by hand survives. */
    private static final String RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a resident sends (the contract's PublicResponseInput). */
    public record PublicInput(@Pattern(regexp = SurveyInput.LANGUAGE, message = SurveyInput.LANGUAGE_MESSAGE) String language,
            @NotNull Map<String, Object> answers) {
    }

    /** What an organiser enters from a paper form or an interview (the contract's EnteredResponseInput). */
    public record EnteredInput(@NotNull @Pattern(regexp = "^(paper|interview)$", message = "must be paper or interview") String mode,
            @Pattern(regexp = SurveyInput.LANGUAGE, message = SurveyInput.LANGUAGE_MESSAGE) String language, LocalDate submittedOn,
            @Pattern(regexp = "^E01[0-9]{6}$", message = "must be an LSOA code such as E01010577") String neighbourhoodCode,
            @NotNull Map<String, Object> answers) {
    }

    /** A stored response (the contract's SurveyResponse). */
    public record Record(UUID id, UUID surveyId, String mode, String language, OffsetDateTime submittedAt, String neighbourhoodCode,
            Map<String, Object> answers) {
    }

    public record Receipt(String receipt, OffsetDateTime submittedAt) {
    }

    public record ImportReport(int rows, int created) {
    }

    @Inject
    Surveys surveys;

    @Inject
    QuestionRepository questions;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    /** A resident's answers. With an Idempotency-Key a retry gets the first receipt again and stores nothing. */
    @Transactional
    public Receipt submit(String token, String idempotencyKey, PublicInput in) {
        Survey s = answerable(token);
        String language = in.language() == null ? "en" : in.language();
        List<FieldError> errors = new ArrayList<>();
        if (!List.of(s.languages).contains(language)) {
            errors.add(new FieldError("language", "is not a language of this survey (" + String.join(", ", s.languages) + ")"));
        }
        Map<String, Object> answers = Answers.check(in.answers(), s.questions, questions.bank(), "answers.", false, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (idempotencyKey != null) {
            String hash = sha256(Json.write(Map.of("language", language, "answers", new TreeMap<>(in.answers()))));
            // The insert waits for a concurrent request with the same key to finish, then sees its row.
            int claimed = em.createNativeQuery("""
                    INSERT INTO idempotency_key (survey_id, key, request_hash, created_at) VALUES (?1, ?2, ?3, now())
                    ON CONFLICT DO NOTHING""").setParameter(1, s.id).setParameter(2, idempotencyKey).setParameter(3, hash).executeUpdate();
            if (claimed == 0) {
                Object[] earlier = (Object[]) em.createNativeQuery(
                        "SELECT request_hash, response::text FROM idempotency_key WHERE survey_id = ?1 AND key = ?2")
                        .setParameter(1, s.id).setParameter(2, idempotencyKey).getSingleResult();
                if (!hash.equals(earlier[0])) {
                    throw ProblemException.idempotencyKeyReused();
                }
                if (earlier[1] == null) {
                    // Its response was withdrawn since; answering again under the same key would resurrect it.
                    throw ProblemException.gone("This answer was withdrawn", "The answer sent with this Idempotency-Key was withdrawn with its receipt.");
                }
                return Json.read((String) earlier[1], Receipt.class);
            }
        }
        String receipt = receipt();
        OffsetDateTime at = SurveyService.now();
        UUID id = store(s, "online", language, at, neighbourhoodOf(s), answers, sha256(normalise(receipt)));
        Receipt result = new Receipt(receipt, at);
        if (idempotencyKey != null) {
            em.createNativeQuery("UPDATE idempotency_key SET response_id = ?3, response = CAST(?4 AS jsonb) WHERE survey_id = ?1 AND key = ?2")
                    .setParameter(1, s.id).setParameter(2, idempotencyKey).setParameter(3, id).setParameter(4, Json.write(result))
                    .executeUpdate();
            if (RANDOM.nextInt(100) == 0) {
                em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - interval '1 day'").executeUpdate();
            }
        }
        return result;
    }

    /** Erases the response a receipt belongs to. */
    @Transactional
    public void withdraw(String receipt) {
        List<?> gone = em.createNativeQuery("DELETE FROM survey_response WHERE receipt_hash = ?1 RETURNING id")
                .setParameter(1, sha256(normalise(receipt))).getResultList();
        if (gone.isEmpty()) {
            throw ProblemException.notFound("answer with that receipt code (it may have been withdrawn already)");
        }
        em.createNativeQuery("UPDATE idempotency_key SET response = NULL, response_id = NULL WHERE response_id = ?1")
                .setParameter(1, gone.get(0)).executeUpdate();
    }

    @Transactional
    public Record enter(UUID surveyId, EnteredInput in) {
        Survey s = surveys.require(surveyId);
        access.requireWriteIn(s.placeId);
        notDraft(s);
        List<FieldError> errors = new ArrayList<>();
        String language = in.language() == null ? "en" : in.language();
        Map<String, Object> answers = Answers.check(in.answers(), s.questions, questions.bank(), "answers.", false, errors);
        String neighbourhood = in.neighbourhoodCode() != null ? in.neighbourhoodCode() : neighbourhoodOf(s);
        if (in.neighbourhoodCode() != null && !inPlace(in.neighbourhoodCode(), s.placeId)) {
            errors.add(new FieldError("neighbourhoodCode", "is not a neighbourhood of this place"));
        }
        if (in.submittedOn() != null && in.submittedOn().isAfter(SurveyService.today())) {
            errors.add(new FieldError("submittedOn", "cannot be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        OffsetDateTime at = in.submittedOn() == null ? SurveyService.now() : noonOf(in.submittedOn());
        UUID id = store(s, in.mode(), language, at, neighbourhood, answers, null);
        return new Record(id, s.id, in.mode(), language, at, neighbourhood, answers);
    }

    /**
     * A CSV of paper responses, all or nothing: rows are inserted as they are read (constant
     * memory) and the transaction is rolled back if any row was bad, with every bad cell reported.
     */
    @Transactional
    public ImportReport importCsv(UUID surveyId, InputStream body) {
        Survey s = surveys.require(surveyId);
        access.requireWriteIn(s.placeId);
        notDraft(s);
        Map<String, Question> bank = questions.bank();
        List<FieldError> errors = new ArrayList<>();
        int rows = 0;
        try (Csv csv = new Csv(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            if (header == null) {
                throw ProblemException.invalid("file", "is empty: the first line must name the columns");
            }
            List<String> asked = s.questions.stream().map(Templates.SurveyQuestion::code).toList();
            for (String column : header) {
                if (!asked.contains(column) && !List.of("mode", "language", "submitted_on", "neighbourhood").contains(column)) {
                    errors.add(new FieldError("columns." + column, "is not a question of this survey, nor mode, language, submitted_on or neighbourhood"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            String neighbourhoodOfSurvey = neighbourhoodOf(s);
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                rows++;
                String at = "rows[" + csv.line() + "].";
                Map<String, Object> raw = new LinkedHashMap<>();
                Map<String, String> extra = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = i < row.size() ? row.get(i).strip() : "";
                    if (asked.contains(header.get(i))) {
                        if (!cell.isEmpty()) {
                            raw.put(header.get(i), cell);
                        }
                    } else {
                        extra.put(header.get(i), cell);
                    }
                }
                if (row.size() > header.size()) {
                    errors.add(new FieldError(at.substring(0, at.length() - 1), "has " + row.size() + " cells but the header has " + header.size()));
                }
                int before = errors.size();
                Map<String, Object> answers = Answers.check(raw, s.questions, bank, at, true, errors);
                String mode = extra.getOrDefault("mode", "").isEmpty() ? "paper" : extra.get("mode");
                if (!List.of("paper", "interview").contains(mode)) {
                    errors.add(new FieldError(at + "mode", "must be paper or interview"));
                }
                String language = extra.getOrDefault("language", "").isEmpty() ? "en" : extra.get("language");
                if (!language.matches(SurveyInput.LANGUAGE)) {
                    errors.add(new FieldError(at + "language", SurveyInput.LANGUAGE_MESSAGE));
                }
                OffsetDateTime submitted = SurveyService.now();
                String day = extra.getOrDefault("submitted_on", "");
                if (!day.isEmpty()) {
                    try {
                        LocalDate d = LocalDate.parse(day);
                        if (d.isAfter(SurveyService.today())) {
                            errors.add(new FieldError(at + "submitted_on", "cannot be in the future"));
                        }
                        submitted = noonOf(d);
                    } catch (DateTimeParseException e) {
                        errors.add(new FieldError(at + "submitted_on", "must be a date such as 2026-11-20"));
                    }
                }
                String neighbourhood = extra.getOrDefault("neighbourhood", "");
                if (!neighbourhood.isEmpty() && !inPlace(neighbourhood, s.placeId)) {
                    errors.add(new FieldError(at + "neighbourhood", "is not a neighbourhood of this place"));
                }
                if (errors.size() > 200) {
                    throw ProblemException.invalid(errors);
                }
                if (errors.size() == before && errors.isEmpty()) {
                    store(s, mode, language, submitted, neighbourhood.isEmpty() ? neighbourhoodOfSurvey : neighbourhood, answers, null);
                }
            }
        } catch (IOException e) {
            throw ProblemException.invalid("file", "could not be read as CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (rows == 0) {
            throw ProblemException.invalid("file", "has no rows under its header");
        }
        return new ImportReport(rows, rows);
    }

    public Page<Record> list(UUID surveyId, PageRequest page) {
        Survey s = surveys.require(surveyId);
        access.requireResponseReader(s.placeId);
        page.expectKeys(2);
        var q = em.createNativeQuery("""
                SELECT id, mode, language, submitted_at, neighbourhood_code, answers::text FROM survey_response
                WHERE survey_id = ?1 AND (CAST(?2 AS timestamptz) IS NULL OR (submitted_at, id) > (CAST(?2 AS timestamptz), CAST(?3 AS uuid)))
                ORDER BY submitted_at, id LIMIT ?4""")
                .setParameter(1, surveyId).setParameter(2, page.key(0)).setParameter(3, page.first() ? null : page.uuidKey(1).toString())
                .setParameter(4, page.limit() + 1);
        List<Record> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = Json.read((String) r[5], Map.class);
            rows.add(new Record((UUID) r[0], surveyId, (String) r[1], (String) r[2], offset(r[3]), (String) r[4], answers));
        }
        return page.page(rows, r -> List.of(r.submittedAt().toString(), r.id().toString()));
    }

    /** A question as a resident sees it (the contract's PublicQuestion). */
    public record PublicQuestion(String code, String type, String text, boolean required, List<Choice> options, String minLabel,
            String maxLabel, Integer maxLength, String pattern) {
    }

    public record Choice(String code, String label) {
    }

    /** The form (the contract's PublicSurvey). */
    public record PublicForm(String title, String intro, String language, List<String> languages, String placeName, String about,
            LocalDate closesOn, List<PublicQuestion> questions) {
    }

    /** The form in the language asked for (or the first of Accept-Language the survey offers), else English. */
    public PublicForm form(String token, String lang, String acceptLanguage) {
        Survey s = answerable(token);
        List<String> offered = List.of(s.languages);
        String language = "en";
        if (lang != null && offered.contains(lang)) {
            language = lang;
        } else if (lang == null && acceptLanguage != null) {
            for (java.util.Locale.LanguageRange range : parseRanges(acceptLanguage)) {
                String tag = range.getRange();
                String match = offered.stream().filter(o -> o.equalsIgnoreCase(tag) || tag.toLowerCase(Locale.ROOT).startsWith(o.toLowerCase(Locale.ROOT) + "-"))
                        .findFirst().orElse(null);
                if (match != null) {
                    language = match;
                    break;
                }
            }
        }
        Map<String, Question> bank = questions.bank();
        List<PublicQuestion> shown = new ArrayList<>();
        for (Templates.SurveyQuestion sq : s.questions) {
            Question q = bank.get(sq.code());
            Question.Translation t = "en".equals(language) ? null : q.translations.get(language);
            List<Choice> options = q.options.stream()
                    .map(o -> new Choice(o.code(), t != null && t.options() != null && t.options().containsKey(o.code()) ? t.options().get(o.code()) : o.label()))
                    .toList();
            shown.add(new PublicQuestion(q.code, q.type, t != null ? t.text() : q.text, sq.mandatory(), options, q.minLabel, q.maxLabel,
                    "free_text".equals(q.type) && q.maxLength == null ? Integer.valueOf(Answers.FREE_TEXT_MAX) : q.maxLength, q.pattern));
        }
        SurveyInput.Text text = s.translations == null ? null : s.translations.get(language);
        String place = (String) em.createNativeQuery("SELECT name FROM place WHERE id = ?1").setParameter(1, s.placeId).getSingleResult();
        String about = s.spaceId != null ? (String) em.createNativeQuery("SELECT name FROM space WHERE id = ?1").setParameter(1, s.spaceId).getSingleResult()
                : s.eventId != null ? (String) em.createNativeQuery("SELECT title FROM event WHERE id = ?1").setParameter(1, s.eventId).getSingleResult()
                : null;
        return new PublicForm(text != null ? text.title() : s.title, text != null ? text.intro() : s.intro, language, offered, place, about,
                s.closesOn, shown);
    }

    private static List<java.util.Locale.LanguageRange> parseRanges(String header) {
        try {
            return java.util.Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The survey behind a public token, if residents may answer it now. */
    Survey answerable(String token) {
        Survey s = surveys.byToken(token).filter(x -> !"draft".equals(x.status))
                .orElseThrow(() -> ProblemException.notFound("open survey at this link"));
        LocalDate today = SurveyService.today();
        if (s.closedOn(today)) {
            throw ProblemException.gone("This survey has closed", "Thank you for your interest; this survey is no longer taking answers.");
        }
        if (s.opensOn != null && today.isBefore(s.opensOn)) {
            throw ProblemException.notFound("open survey at this link yet: it opens on " + s.opensOn);
        }
        return s;
    }

    private UUID store(Survey s, String mode, String language, OffsetDateTime at, String neighbourhood, Map<String, Object> answers,
            String receiptHash) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, neighbourhood_code, answers, receipt_hash)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9)""")
                .setParameter(1, id).setParameter(2, s.id).setParameter(3, s.placeId).setParameter(4, mode).setParameter(5, language)
                .setParameter(6, at).setParameter(7, neighbourhood).setParameter(8, Json.write(answers)).setParameter(9, receiptHash)
                .executeUpdate();
        return id;
    }

    private void notDraft(Survey s) {
        if ("draft".equals(s.status)) {
            throw ProblemException.conflict("This survey is still a draft. Open it before entering responses.");
        }
    }

    /** The neighbourhood of the space the survey is about, if any: where its answers come from. */
    private String neighbourhoodOf(Survey s) {
        if (s.spaceId == null) {
            return null;
        }
        return (String) em.createNativeQuery("SELECT neighbourhood_code FROM space WHERE id = ?1").setParameter(1, s.spaceId)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean inPlace(String neighbourhood, UUID placeId) {
        return !em.createNativeQuery("SELECT 1 FROM neighbourhood WHERE code = ?1 AND place_id = ?2").setParameter(1, neighbourhood)
                .setParameter(2, placeId).getResultList().isEmpty();
    }

    private static OffsetDateTime noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toOffsetDateTime();
    }

    private static OffsetDateTime offset(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((OffsetDateTime) o).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

    /** 60 random bits as XXXX-XXXX-XXXX. */
    private static String receipt() {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                r.append('-');
            }
            r.append(RECEIPT_ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return r.toString();
    }

    /** A receipt as typed: any case, with or without dashes or spaces, O for 0 and I or L for 1. */
    private static String normalise(String receipt) {
        return receipt.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
