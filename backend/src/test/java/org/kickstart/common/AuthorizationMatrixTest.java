package org.kickstart.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Every operation in openapi.yaml, called as each kind of caller, with the status each must
 * get — and proof that a refused call changed nothing. An operation added to the contract
 * without a row here fails this test, so no endpoint can skip the access rules.
 */
@QuarkusTest
class AuthorizationMatrixTest extends ApiTest {

    /** Callers, in the order of the expected statuses below. */
    private static final List<Person> CALLERS = java.util.Arrays.asList(null, Person.ORGANISER_CALDERDALE,
            Person.ORGANISER_NEWHAM, Person.ANALYST, Person.ADMIN);
    private static final String[] CALLER_NAMES = { "anonymous", "organiser of the place", "organiser of another place",
            "analyst", "admin" };

    private static final String WORLD = "place, app_user, partner, partnership_membership, place_organiser, neighbourhood, space, space_status_change, event, event_host, attendance, question, survey, survey_response, idempotency_key";

    record Case(String method, String path, Supplier<Object> body, String contentType, boolean ifMatch, int... expected) {
    }

    private static final String A = Fixtures.CALDERDALE.toString();
    private static final String C = Fixtures.SOMERSET.toString();
    private static final String MEMBER = Fixtures.MEMBER.toString();
    private static final String LONER = Fixtures.LONER.toString();
    private static final String SPACE = Fixtures.SPACE.toString();
    private static final String EVENT = Fixtures.EVENT.toString();

    private static Map<String, Case> matrix() {
        Map<String, Case> m = new LinkedHashMap<>();
        Supplier<Object> none = () -> null;
        Supplier<Object> place = () -> Map.of("slug", "birmingham", "name", "Birmingham", "gssCode", "E08000025", "region", "West Midlands");
        Supplier<Object> placeA = () -> Map.of("slug", "calderdale", "name", "Calderdale", "gssCode", "E08000033", "region", "Yorkshire");
        Supplier<Object> partner = () -> Map.of("name", "New Partner", "type", "faith");
        Supplier<Object> membership = () -> Map.of("role", "supporting", "status", "active");
        Supplier<Object> csv = () -> "lsoa_code,lsoa_name,lad_code,IMD_decile,IMD_rank\nE01010577,Calderdale 001A,E08000033,6,19087\n";
        m.put("getMe", new Case("GET", "/api/v1/me", none, null, false, 401, 200, 200, 200, 200));
        m.put("listPlaces", new Case("GET", "/api/v1/places", none, null, false, 200, 200, 200, 200, 200));
        m.put("createPlace", new Case("POST", "/api/v1/places", place, null, false, 401, 403, 403, 403, 201));
        m.put("getPlace", new Case("GET", "/api/v1/places/" + A, none, null, false, 200, 200, 200, 200, 200));
        m.put("updatePlace", new Case("PUT", "/api/v1/places/" + A, placeA, null, true, 401, 403, 403, 403, 200));
        m.put("deletePlace", new Case("DELETE", "/api/v1/places/" + C, none, null, true, 401, 403, 403, 403, 204));
        m.put("listUsers", new Case("GET", "/api/v1/users", none, null, false, 401, 403, 403, 403, 200));
        m.put("listOrganisers", new Case("GET", "/api/v1/places/" + A + "/organisers", none, null, false, 401, 200, 403, 403, 200));
        m.put("grantOrganiser", new Case("PUT", "/api/v1/places/" + A + "/organisers/" + Person.ORGANISER_NEWHAM.subject, none,
                null, false, 401, 403, 403, 403, 201));
        m.put("revokeOrganiser", new Case("DELETE", "/api/v1/places/" + A + "/organisers/" + Person.ORGANISER_CALDERDALE.subject,
                none, null, false, 401, 403, 403, 403, 204));
        m.put("listPartners", new Case("GET", "/api/v1/partners", none, null, false, 200, 200, 200, 200, 200));
        m.put("createPartner", new Case("POST", "/api/v1/partners", partner, null, false, 401, 201, 201, 403, 201));
        m.put("getPartner", new Case("GET", "/api/v1/partners/" + MEMBER, none, null, false, 200, 200, 200, 200, 200));
        m.put("updatePartner", new Case("PUT", "/api/v1/partners/" + MEMBER, partner, null, true, 401, 200, 403, 403, 200));
        m.put("deletePartner", new Case("DELETE", "/api/v1/partners/" + LONER, none, null, true, 401, 403, 403, 403, 204));
        m.put("getPartnership", new Case("GET", "/api/v1/places/" + A + "/partnership", none, null, false, 200, 200, 200, 200, 200));
        m.put("getMembership", new Case("GET", "/api/v1/places/" + A + "/partnership/" + MEMBER, none, null, false,
                200, 200, 200, 200, 200));
        m.put("putMembership", new Case("PUT", "/api/v1/places/" + A + "/partnership/" + LONER, membership, null, false,
                401, 201, 403, 403, 201));
        m.put("deleteMembership", new Case("DELETE", "/api/v1/places/" + A + "/partnership/" + MEMBER, none, null, true,
                401, 204, 403, 403, 204));
        m.put("listNeighbourhoods", new Case("GET", "/api/v1/places/" + A + "/neighbourhoods", none, null, false,
                200, 200, 200, 200, 200));
        m.put("importNeighbourhoods", new Case("POST", "/api/v1/places/" + A + "/neighbourhoods/import", csv, "text/csv", false,
                401, 403, 403, 403, 200));
        Supplier<Object> boundaries = () -> "{\"type\": \"FeatureCollection\", \"features\": []}";
        m.put("importNeighbourhoodBoundaries", new Case("POST", "/api/v1/places/" + A + "/neighbourhoods/boundaries", boundaries,
                "application/geo+json", false, 401, 403, 403, 403, 200));
        Supplier<Object> space = () -> Map.of("placeId", A, "name", "Hall", "kind", "community_centre", "mode", "physical",
                "location", Map.of("lat", 53.72, "lon", -1.86));
        m.put("listSpaces", new Case("GET", "/api/v1/spaces", none, null, false, 200, 200, 200, 200, 200));
        m.put("createSpace", new Case("POST", "/api/v1/spaces", space, null, false, 401, 201, 403, 403, 201));
        m.put("getSpace", new Case("GET", "/api/v1/spaces/" + SPACE, none, null, false, 200, 200, 200, 200, 200));
        m.put("updateSpace", new Case("PUT", "/api/v1/spaces/" + SPACE, space, null, true, 401, 200, 403, 403, 200));
        m.put("deleteSpace", new Case("DELETE", "/api/v1/spaces/" + SPACE, none, null, true, 401, 204, 403, 403, 204));
        m.put("changeSpaceStatus", new Case("POST", "/api/v1/spaces/" + SPACE + "/status", () -> Map.of("status", "planned"),
                null, true, 401, 200, 403, 403, 200));
        m.put("getSpacePipeline", new Case("GET", "/api/v1/places/" + A + "/pipeline", none, null, false, 200, 200, 200, 200, 200));
        Supplier<Object> event = () -> Map.of("placeId", A, "hostPartnerIds", List.of(Fixtures.HOST.toString()), "title", "Coffee",
                "category", "social", "start", "2026-01-06T10:00", "end", "2026-01-06T12:00", "recurrence", "FREQ=WEEKLY;BYDAY=TU");
        m.put("listEvents", new Case("GET", "/api/v1/events", none, null, false, 200, 200, 200, 200, 200));
        m.put("createEvent", new Case("POST", "/api/v1/events", event, null, false, 401, 201, 403, 403, 201));
        m.put("getEvent", new Case("GET", "/api/v1/events/" + EVENT, none, null, false, 200, 200, 200, 200, 200));
        m.put("updateEvent", new Case("PUT", "/api/v1/events/" + EVENT, event, null, true, 401, 200, 403, 403, 200));
        m.put("deleteEvent", new Case("DELETE", "/api/v1/events/" + EVENT, none, null, true, 401, 204, 403, 403, 204));
        m.put("recordAttendance", new Case("PUT", "/api/v1/events/" + EVENT + "/occurrences/2026-01-13/attendance",
                () -> Map.of("total", 12, "firstTime", 2), null, false, 401, 201, 403, 403, 201));
        m.put("listOccurrences", new Case("GET", "/api/v1/occurrences?from=2026-01-01&to=2026-01-31", none, null, false,
                200, 200, 200, 200, 200));
        m.put("getPlaceCalendar", new Case("GET", "/api/v1/places/" + A + "/calendar.ics", none, null, false, 200, 200, 200, 200, 200));
        m.put("getSpaceCalendar", new Case("GET", "/api/v1/spaces/" + SPACE + "/calendar.ics", none, null, false, 200, 200, 200, 200, 200));
        String S = Fixtures.SURVEY.toString();
        Supplier<Object> survey = () -> Map.of("placeId", A, "title", "How connected do you feel?", "questions",
                List.of(Map.of("code", "belonging", "required", true), Map.of("code", "loneliness_direct", "required", false),
                        Map.of("code", "good_now", "required", false)));
        Supplier<Object> polish = () -> Map.of("text", "Jak silnie czujesz się związany/a ze swoją najbliższą okolicą?", "options",
                Map.of("very_strongly", "Bardzo silnie", "fairly_strongly", "Dość silnie", "not_very_strongly", "Niezbyt silnie",
                        "not_at_all_strongly", "Wcale", "dont_know", "Nie wiem"));
        m.put("listQuestions", new Case("GET", "/api/v1/questions", none, null, false, 200, 200, 200, 200, 200));
        m.put("putQuestionTranslation", new Case("PUT", "/api/v1/questions/belonging/translations/pl", polish, null, false,
                401, 403, 403, 403, 200));
        m.put("listSurveyTemplates", new Case("GET", "/api/v1/survey-templates", none, null, false, 200, 200, 200, 200, 200));
        m.put("listSurveys", new Case("GET", "/api/v1/surveys", none, null, false, 401, 200, 200, 200, 200));
        m.put("createSurvey", new Case("POST", "/api/v1/surveys", survey, null, false, 401, 201, 403, 403, 201));
        m.put("getSurvey", new Case("GET", "/api/v1/surveys/" + S, none, null, false, 401, 200, 200, 200, 200));
        m.put("updateSurvey", new Case("PUT", "/api/v1/surveys/" + S, survey, null, true, 401, 200, 403, 403, 200));
        m.put("deleteSurvey", new Case("DELETE", "/api/v1/surveys/" + Fixtures.DRAFT_SURVEY, none, null, true, 401, 204, 403, 403, 204));
        m.put("changeSurveyStatus", new Case("POST", "/api/v1/surveys/" + S + "/status", () -> Map.of("status", "closed"), null, true,
                401, 200, 403, 403, 200));
        m.put("listResponses", new Case("GET", "/api/v1/surveys/" + S + "/responses", none, null, false, 401, 200, 403, 200, 200));
        m.put("enterResponse", new Case("POST", "/api/v1/surveys/" + S + "/responses",
                () -> Map.of("mode", "paper", "answers", Map.of("belonging", "very_strongly")), null, false, 401, 201, 403, 403, 201));
        m.put("importResponses", new Case("POST", "/api/v1/surveys/" + S + "/responses/import", () -> "belonging\nvery_strongly\n",
                "text/csv", false, 401, 200, 403, 403, 200));
        m.put("exportSurveyResponses", new Case("GET", "/api/v1/surveys/" + S + "/responses/export", none, null, false,
                401, 200, 403, 200, 200));
        m.put("exportPlaceResponses", new Case("GET", "/api/v1/places/" + A + "/responses/export", none, null, false,
                401, 200, 403, 200, 200));
        m.put("getPublicSurvey", new Case("GET", "/api/v1/public/surveys/" + Fixtures.SURVEY_TOKEN, none, null, false,
                200, 200, 200, 200, 200));
        m.put("submitResponse", new Case("POST", "/api/v1/public/surveys/" + Fixtures.SURVEY_TOKEN + "/responses",
                () -> Map.of("answers", Map.of("belonging", "dont_know")), null, false, 201, 201, 201, 201, 201));
        m.put("withdrawResponse", new Case("DELETE", "/api/v1/public/responses/" + Fixtures.RECEIPT, none, null, false,
                204, 204, 204, 204, 204));
        m.put("listIndicators", new Case("GET", "/api/v1/indicators?place=" + A, none, null, false, 200, 200, 200, 200, 200));
        m.put("getReach", new Case("GET", "/api/v1/places/" + A + "/reach", none, null, false, 200, 200, 200, 200, 200));
        m.put("getGaps", new Case("GET", "/api/v1/places/" + A + "/gaps", none, null, false, 200, 200, 200, 200, 200));
        m.put("getEventCalendar", new Case("GET", "/api/v1/events/" + EVENT + "/calendar.ics", none, null, false, 200, 200, 200, 200, 200));
        return m;
    }

    @Test
    void everyOperationInTheContractHasARow() {
        var api = new OpenAPIV3Parser().read(Path.of(System.getProperty("kickstart.contract", "../openapi.yaml")).toString());
        TreeSet<String> operations = new TreeSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> operations.add(op.getOperationId())));
        assertEquals(operations, new TreeSet<>(matrix().keySet()),
                "every operation in openapi.yaml needs a row in the authorization matrix");
    }

    @Test
    void everyCallerGetsTheExpectedStatusAndRefusalsChangeNothing() {
        List<String> failures = new ArrayList<>();
        for (var entry : matrix().entrySet()) {
            Case c = entry.getValue();
            for (int i = 0; i < CALLERS.size(); i++) {
                Fixtures.load(this);
                Fixtures.loadEvent(this);
                Fixtures.loadSurvey(this);
                exec("UPDATE question SET translations = '{}' WHERE translations <> '{}'");
                String before = world();
                RequestSpecification req = CALLERS.get(i) == null ? anonymous() : as(CALLERS.get(i));
                if (c.ifMatch()) {
                    req.header("If-Match", currentEtag(c.path()));
                }
                Object body = c.body().get();
                if (body != null) {
                    req.contentType(c.contentType() == null ? "application/json" : c.contentType()).body(body);
                }
                String path = c.path();
                if (path.contains("?")) {
                    // Query parameters go through RestAssured, so the contract check sees them.
                    for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                        req.queryParam(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                    path = path.substring(0, path.indexOf('?'));
                }
                int status = req.request(c.method(), path).statusCode();
                if (status != c.expected()[i]) {
                    failures.add(entry.getKey() + " as " + CALLER_NAMES[i] + ": expected " + c.expected()[i] + ", got " + status);
                }
                if (status >= 400 && !before.equals(world())) {
                    failures.add(entry.getKey() + " as " + CALLER_NAMES[i] + ": refused with " + status + " but changed data");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The ETag a well-behaved client would send: read the resource first (as admin, who can read everything). */
    private String currentEtag(String path) {
        var r = as(Person.ADMIN).get(path.replaceFirst("/status$", ""));
        org.junit.jupiter.api.Assertions.assertNotNull(r.header("ETag"), "no ETag from GET " + path + ": " + r.statusCode() + " " + r.asString());
        return r.header("ETag");
    }

    private String world() {
        StringBuilder sb = new StringBuilder();
        for (String table : WORLD.split(", ")) {
            sb.append(table).append('=').append(snapshot(table)).append(';');
        }
        return sb.toString();
    }
}
