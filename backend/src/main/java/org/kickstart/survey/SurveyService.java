package org.kickstart.survey;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kickstart.common.Access;
import org.kickstart.common.Etags;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.place.PlaceRepository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Surveys: building them from the bank, their languages, and opening and closing them. */
@ApplicationScoped
public class SurveyService {

    static final Map<String, Set<String>> MOVES = Map.of("draft", Set.of("open"), "open", Set.of("closed"), "closed", Set.of("open"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @ApplicationScoped
    public static class Surveys implements PanacheRepositoryBase<Survey, UUID> {
        public Survey require(UUID id) {
            return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("survey with that id"));
        }

        public java.util.Optional<Survey> byToken(String token) {
            return find("publicToken", token).firstResultOptional();
        }
    }

    @Inject
    Surveys surveys;

    @Inject
    QuestionRepository questions;

    @Inject
    PlaceRepository places;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    public Page<SurveyResponse> list(UUID place, String status, PageRequest page) {
        access.requireSignedIn();
        page.expectKeys(2);
        StringBuilder q = new StringBuilder("SELECT s FROM Survey s WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (place != null) {
            q.append(" AND s.placeId = :place");
            params.put("place", place);
        }
        if (status != null) {
            q.append(" AND s.status = :status");
            params.put("status", status);
        }
        if (!page.first()) {
            q.append(" AND (s.createdAt < :at OR s.createdAt = :at AND s.id > :id)");
            params.put("at", OffsetDateTime.parse(page.key(0)));
            params.put("id", page.uuidKey(1));
        }
        q.append(" ORDER BY s.createdAt DESC, s.id");
        var query = em.createQuery(q.toString(), Survey.class).setMaxResults(page.limit() + 1);
        params.forEach(query::setParameter);
        Page<Survey> p = page.page(query.getResultList(), s -> List.of(s.createdAt.toString(), s.id.toString()));
        Map<UUID, Long> counts = counts(p.items().stream().map(s -> s.id).toList());
        return new Page<>(p.items().stream().map(s -> SurveyResponse.of(s, counts.getOrDefault(s.id, 0L))).toList(), p.nextCursor());
    }

    public SurveyResponse get(UUID id) {
        access.requireSignedIn();
        Survey s = surveys.require(id);
        return SurveyResponse.of(s, count(id));
    }

    @Transactional
    public SurveyResponse create(SurveyInput in) {
        access.requireSignedIn();
        if (places.findByIdOptional(in.placeId()).isEmpty()) {
            throw ProblemException.invalid("placeId", "is not a place");
        }
        access.requireWriteIn(in.placeId());
        Survey s = new Survey();
        s.id = UUID.randomUUID();
        s.placeId = in.placeId();
        s.status = "draft";
        s.publicToken = token();
        s.createdAt = now();
        apply(s, in, validate(in));
        surveys.persist(s);
        surveys.flush();
        return SurveyResponse.of(s, 0);
    }

    @Transactional
    public SurveyResponse update(UUID id, String ifMatch, SurveyInput in) {
        Survey s = surveys.require(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        if (!s.placeId.equals(in.placeId())) {
            throw ProblemException.invalid("placeId", "cannot change: a survey stays in its place");
        }
        List<Templates.SurveyQuestion> asked = validate(in);
        long responses = count(id);
        if (responses > 0 && !asked.equals(s.questions)) {
            throw ProblemException.conflict("This survey has " + responses + (responses == 1 ? " response" : " responses")
                    + ", so its questions cannot change. Start a new survey to ask different questions.");
        }
        apply(s, in, asked);
        surveys.flush();
        return SurveyResponse.of(s, responses);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Survey s = surveys.require(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        long responses = count(id);
        if (responses > 0) {
            throw ProblemException.conflict("This survey has " + responses + (responses == 1 ? " response" : " responses")
                    + ". Close it instead, so the answers are kept.");
        }
        surveys.delete(s);
        surveys.flush();
    }

    @Transactional
    public SurveyResponse changeStatus(UUID id, String ifMatch, String to) {
        Survey s = surveys.require(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        if (!MOVES.get(s.status).contains(to)) {
            throw ProblemException.conflict("A survey cannot go from " + s.status + " to " + to + ". From " + s.status
                    + " it can go to: " + String.join(", ", MOVES.get(s.status)) + ".");
        }
        s.status = to;
        s.updatedAt = now();
        surveys.flush();
        return SurveyResponse.of(s, count(id));
    }

    /** The questions the survey will ask, after every check that needs more than one field; all problems at once. */
    private List<Templates.SurveyQuestion> validate(SurveyInput in) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Question> bank = questions.bank();
        List<Templates.SurveyQuestion> asked = new ArrayList<>();
        if (in.questions() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < in.questions().size(); i++) {
                SurveyInput.Question q = in.questions().get(i);
                if (!bank.containsKey(q.code())) {
                    errors.add(new FieldError("questions[" + i + "].code", "'" + q.code() + "' is not in the question bank"));
                } else if (!seen.add(q.code())) {
                    errors.add(new FieldError("questions[" + i + "].code", "asks " + q.code() + " twice"));
                } else {
                    asked.add(new Templates.SurveyQuestion(q.code(), Boolean.TRUE.equals(q.required())));
                }
            }
        } else if (in.template() != null) {
            Templates.find(in.template()).orElseThrow().questions()
                    .forEach(q -> asked.add(new Templates.SurveyQuestion(q.code(), q.mandatory())));
        } else {
            errors.add(new FieldError("questions", "give the questions, or a template to start from"));
        }
        for (String lang : languages(in)) {
            List<String> missing = asked.stream().filter(q -> bank.containsKey(q.code()) && !bank.get(q.code()).translatedInto(lang))
                    .map(Templates.SurveyQuestion::code).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("languages", lang + " is missing for " + missing.size()
                        + (missing.size() == 1 ? " question: " : " questions: ") + String.join(", ", missing.stream().limit(6).toList())
                        + (missing.size() > 6 ? ", …" : "")));
            }
        }
        if (in.translations() != null) {
            for (String lang : in.translations().keySet()) {
                if (!languages(in).contains(lang) || "en".equals(lang)) {
                    errors.add(new FieldError("translations." + lang, "is not one of the survey's other languages"));
                }
            }
        }
        if (in.spaceId() != null && !Objects.equals(placeOf("space", in.spaceId()), in.placeId())) {
            errors.add(new FieldError("spaceId", "is not a space in this place"));
        }
        if (in.eventId() != null && !Objects.equals(placeOf("event", in.eventId()), in.placeId())) {
            errors.add(new FieldError("eventId", "is not an event in this place"));
        }
        if (in.opensOn() != null && in.closesOn() != null && in.closesOn().isBefore(in.opensOn())) {
            errors.add(new FieldError("closesOn", "must be on or after the opening date"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return asked;
    }

    private static Set<String> languages(SurveyInput in) {
        Set<String> langs = new LinkedHashSet<>();
        langs.add("en");
        if (in.languages() != null) {
            in.languages().stream().sorted().forEach(langs::add);
        }
        return langs;
    }

    private Object placeOf(String table, UUID id) {
        return em.createNativeQuery("SELECT place_id FROM " + table + " WHERE id = ?1").setParameter(1, id)
                .getResultStream().findFirst().orElse(null);
    }

    private static void apply(Survey s, SurveyInput in, List<Templates.SurveyQuestion> asked) {
        s.spaceId = in.spaceId();
        s.eventId = in.eventId();
        s.title = in.title().strip();
        s.intro = in.intro() == null || in.intro().isBlank() ? null : in.intro().strip();
        s.questions = List.copyOf(asked);
        s.languages = languages(in).toArray(String[]::new);
        s.translations = in.translations() == null ? Map.of() : new java.util.TreeMap<>(in.translations());
        s.opensOn = in.opensOn();
        s.closesOn = in.closesOn();
        s.updatedAt = now();
    }

    long count(UUID surveyId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM survey_response WHERE survey_id = ?1").setParameter(1, surveyId)
                .getSingleResult()).longValue();
    }

    private Map<UUID, Long> counts(List<UUID> ids) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("SELECT survey_id, count(*) FROM survey_response WHERE survey_id = ANY (CAST(?1 AS uuid[])) GROUP BY survey_id")
                .setParameter(1, "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}").getResultList()) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /** 128 random bits, URL-safe: the link cannot be guessed. */
    static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }
}
