package org.kickstart.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SurveyTest extends ApiTest {

    static final String SURVEYS = "/api/v1/surveys";

    @BeforeEach
    void world() {
        Fixtures.load(this);
        exec("UPDATE question SET translations = '{}' WHERE translations <> '{}'");
    }

    /** Creates a survey as Calderdale's organiser, opens it, and returns its id and token. */
    private String[] openSurvey(Map<String, Object> body) {
        Response r = as(Person.ORGANISER_CALDERDALE).body(body).post(SURVEYS);
        r.then().statusCode(201).body("status", equalTo("draft"));
        String id = r.path("id");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(Map.of("status", "open")).post(SURVEYS + "/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("open"));
        return new String[] { id, r.path("publicToken") };
    }

    static Map<String, Object> survey(Object... codesAndRequired) {
        List<Map<String, Object>> qs = new ArrayList<>();
        for (int i = 0; i < codesAndRequired.length; i += 2) {
            qs.add(Map.of("code", codesAndRequired[i], "required", codesAndRequired[i + 1]));
        }
        Map<String, Object> s = new HashMap<>();
        s.put("placeId", Fixtures.CALDERDALE.toString());
        s.put("title", "How connected do you feel?");
        s.put("questions", qs);
        return s;
    }

    private static String answer(String token) {
        return "/api/v1/public/surveys/" + token + "/responses";
    }

    @Test
    void theBankHoldsTheRecognisedWordingAndOptionCodes() {
        Response r = anonymous().get("/api/v1/questions");
        r.then().statusCode(200);
        List<Map<String, Object>> items = r.path("items");
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        items.forEach(q -> byCode.put((String) q.get("code"), q));
        assertEquals("How strongly do you feel you belong to your immediate neighbourhood?", byCode.get("belonging").get("text"));
        assertEquals("Community Life Survey", byCode.get("belonging").get("source"));
        r.then().body("items.find { it.code == 'belonging' }.options.code",
                equalTo(List.of("very_strongly", "fairly_strongly", "not_very_strongly", "not_at_all_strongly", "dont_know")))
                .body("items.find { it.code == 'belonging' }.options[4].excludedFromBase", equalTo(true))
                .body("items.find { it.code == 'ucla_isolated' }.options.value", equalTo(List.of(1, 2, 3)))
                .body("items.find { it.code == 'place_standard_14' }.type", equalTo("scale_1_7"))
                .body("items.find { it.code == 'good_now' }.type", equalTo("free_text"));
        assertEquals(14, items.stream().filter(q -> "place_standard".equals(q.get("topic"))).count());
        // The wording cannot be changed under existing answers, not even by hand.
        try {
            exec("UPDATE question SET text = 'How much do you like it here?' WHERE code = 'belonging'");
            throw new AssertionError("the wording changed");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getCause().getMessage().contains("cannot change its wording"));
        }
        anonymous().get("/api/v1/survey-templates").then().statusCode(200)
                .body("items.id", equalTo(List.of("core", "place_standard", "event_feedback")));
    }

    @Test
    void aSurveyFromATemplateOpensAndShowsItsFormToResidents() {
        Map<String, Object> body = new HashMap<>(Map.of("placeId", Fixtures.CALDERDALE.toString(), "title", "Belonging in Halifax",
                "template", "core"));
        Response r = as(Person.ORGANISER_CALDERDALE).body(body).post(SURVEYS);
        r.then().statusCode(201).body("questions[0]", equalTo(Map.of("code", "belonging", "required", true)))
                .body("languages", equalTo(List.of("en"))).body("responseCount", equalTo(0))
                .body("publicToken", matchesPattern("^[A-Za-z0-9_-]{22}$"));
        String token = r.path("publicToken");
        anonymous().get("/api/v1/public/surveys/" + token).then().statusCode(404);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(Map.of("status", "closed"))
                .post(SURVEYS + "/" + r.path("id") + "/status").then().statusCode(409);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(Map.of("status", "open"))
                .post(SURVEYS + "/" + r.path("id") + "/status").then().statusCode(200);
        anonymous().get("/api/v1/public/surveys/" + token).then().statusCode(200)
                .body("title", equalTo("Belonging in Halifax")).body("placeName", equalTo("Calderdale"))
                .body("language", equalTo("en"))
                .body("questions[0].text", equalTo("How strongly do you feel you belong to your immediate neighbourhood?"))
                .body("questions[0].options[1]", equalTo(Map.of("code", "fairly_strongly", "label", "Fairly strongly")))
                .body("questions.find { it.code == 'good_now' }.maxLength", equalTo(2000));
        anonymous().get("/api/v1/public/surveys/no-such-survey-token-000").then().statusCode(404);
        anonymous().get("/api/v1/surveys").then().statusCode(401);
        as(Person.ANALYST).queryParam("place", Fixtures.CALDERDALE.toString()).get(SURVEYS).then().statusCode(200)
                .body("items.title", equalTo(List.of("Belonging in Halifax")));
    }

    @Test
    void otherLanguagesNeedEveryQuestionTranslatedAndResidentsGetThem() {
        Map<String, Object> body = survey("belonging", true, "good_now", false);
        body.put("languages", List.of("pl"));
        as(Person.ORGANISER_CALDERDALE).body(body).post(SURVEYS).then().statusCode(400)
                .body("errors[0].field", equalTo("languages")).body("errors[0].message", containsString("belonging, good_now"));
        // An admin adds the Polish text; every option needs a label.
        as(Person.ADMIN).body(Map.of("text", "Jak silnie czujesz się związany/a ze swoją najbliższą okolicą?", "options",
                Map.of("very_strongly", "Bardzo silnie"))).put("/api/v1/questions/belonging/translations/pl").then().statusCode(400)
                .body("errors.field", hasItem("options.dont_know"));
        as(Person.ADMIN).body(Map.of("text", "Jak silnie czujesz się związany/a ze swoją najbliższą okolicą?", "options",
                Map.of("very_strongly", "Bardzo silnie", "fairly_strongly", "Dość silnie", "not_very_strongly", "Niezbyt silnie",
                        "not_at_all_strongly", "Wcale", "dont_know", "Nie wiem")))
                .put("/api/v1/questions/belonging/translations/pl").then().statusCode(200)
                .body("translations.pl.options.dont_know", equalTo("Nie wiem"));
        as(Person.ADMIN).body(Map.of("text", "Co jest dobre w tym miejscu teraz?")).put("/api/v1/questions/good_now/translations/pl")
                .then().statusCode(200);
        as(Person.ORGANISER_CALDERDALE).body(Map.of("text", "x")).put("/api/v1/questions/good_now/translations/de").then().statusCode(403);
        as(Person.ADMIN).body(Map.of("text", "x")).put("/api/v1/questions/good_now/translations/en").then().statusCode(400);
        body.put("translations", Map.of("pl", Map.of("title", "Jak bardzo czujesz się związany/a?")));
        String token = openSurvey(body)[1];
        anonymous().queryParam("lang", "pl").get("/api/v1/public/surveys/" + token).then().statusCode(200)
                .body("language", equalTo("pl")).body("title", equalTo("Jak bardzo czujesz się związany/a?"))
                .body("languages", equalTo(List.of("en", "pl")))
                .body("questions[0].options[4].label", equalTo("Nie wiem"));
        anonymous().header("Accept-Language", "pl-PL,pl;q=0.9,en;q=0.5").get("/api/v1/public/surveys/" + token).then()
                .body("language", equalTo("pl"));
        anonymous().header("Accept-Language", "fr").get("/api/v1/public/surveys/" + token).then().body("language", equalTo("en"));
        anonymous().body(Map.of("language", "pl", "answers", Map.of("belonging", "dont_know"))).post(answer(token)).then().statusCode(201);
        // Answered in Polish: that wording is now fixed.
        as(Person.ADMIN).body(Map.of("text", "Inne brzmienie", "options", Map.of("very_strongly", "a", "fairly_strongly", "b",
                "not_very_strongly", "c", "not_at_all_strongly", "d", "dont_know", "e"))).put("/api/v1/questions/belonging/translations/pl")
                .then().statusCode(409);
    }

    @Test
    void everyQuestionTypeIsValidatedAndNothingPartialIsStored() {
        String token = openSurvey(survey("belonging", true, "place_standard_3", false, "good_now", false, "postcode_district", false,
                "age_band", false))[1];
        String before = snapshot("survey_response");
        Map<String, Object> bad = new HashMap<>();
        bad.put("belonging", "quite_strongly");
        bad.put("place_standard_3", 8);
        bad.put("good_now", 42);
        bad.put("postcode_district", "HX1 2AB");
        bad.put("age_band", 34);
        bad.put("trust", "many");
        anonymous().body(Map.of("answers", bad)).post(answer(token)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("answers.trust", "answers.belonging", "answers.place_standard_3", "answers.good_now",
                        "answers.postcode_district", "answers.age_band")))
                .body("errors[1].message", containsString("very_strongly"));
        invalid(anonymous()).body(Map.of("answers", Map.of("belonging", "very_strongly", "good_now", "x".repeat(2001)))).post(answer(token))
                .then().statusCode(400).body("errors.field", equalTo(List.of("answers.good_now")));
        anonymous().body(Map.of("answers", Map.of("place_standard_3", 5))).post(answer(token)).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "answers.belonging", "message", "is required"))));
        anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly", "place_standard_3", "5"))).post(answer(token)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("answers.place_standard_3")));
        anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly", "place_standard_3", 0))).post(answer(token)).then()
                .statusCode(400);
        anonymous().body(Map.of("language", "cy", "answers", Map.of("belonging", "very_strongly"))).post(answer(token)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("language")));
        invalid(anonymous()).body(Map.of("answers", Map.of("belonging", List.of("very_strongly", "fairly_strongly")))).post(answer(token))
                .then().statusCode(400);
        assertEquals(before, snapshot("survey_response"));

        Response ok = anonymous().header("User-Agent", "ResidentPhone/1.0").body(Map.of("answers", Map.of("belonging", "very_strongly",
                "place_standard_3", 7, "good_now", "  The library and the park  ", "postcode_district", "hx1"))).post(answer(token));
        ok.then().statusCode(201).body("receipt", matchesPattern("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        String stored = snapshot("survey_response");
        assertFalse(stored.equals(before));
        // Stored in normal form, and nothing about the client: no address, no user agent, no receipt in clear.
        String answers = one("SELECT answers::text FROM survey_response r WHERE answers->>'good_now' IS NOT NULL");
        assertTrue(answers.contains("\"good_now\": \"The library and the park\""), answers);
        assertTrue(answers.contains("\"postcode_district\": \"HX1\""), answers);
        String row = one("SELECT r::text FROM survey_response r WHERE answers->>'good_now' IS NOT NULL");
        assertFalse(row.contains("127.0.0.1") || row.contains("ResidentPhone") || row.contains((String) ok.path("receipt")), row);
        // submitted_on and coded are the London day and the answers as numbers, for indicators (V7).
        assertEquals("id,survey_id,place_id,mode,language,submitted_at,neighbourhood_code,answers,receipt_hash,submitted_on,coded",
                one("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'survey_response'"));
    }

    @Test
    void anIdempotentRetryReturnsTheFirstReceiptAndStoresNothingNew() throws Exception {
        String token = openSurvey(survey("belonging", true))[1];
        Map<String, Object> body = Map.of("answers", Map.of("belonging", "fairly_strongly"));
        String first = anonymous().header("Idempotency-Key", "k-0001-abcdef").body(body).post(answer(token)).then().statusCode(201)
                .extract().path("receipt");
        String again = anonymous().header("Idempotency-Key", "k-0001-abcdef").body(body).post(answer(token)).then().statusCode(201)
                .extract().path("receipt");
        assertEquals(first, again);
        assertEquals("1", one("SELECT count(*) FROM survey_response"));
        anonymous().header("Idempotency-Key", "k-0001-abcdef").body(Map.of("answers", Map.of("belonging", "very_strongly")))
                .post(answer(token)).then().statusCode(422).body("type", equalTo("urn:kickstart:problem:idempotency-key-reused"));
        assertEquals("1", one("SELECT count(*) FROM survey_response"));

        // Eight concurrent retries of one submission: one response, one receipt.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> anonymous().header("Idempotency-Key", "k-concurrent-42").body(body).post(answer(token)).then()
                    .statusCode(201).extract().path("receipt"));
        }
        Set<String> receipts = new HashSet<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            receipts.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, receipts.size());
        assertEquals("2", one("SELECT count(*) FROM survey_response"));
    }

    @Test
    void aReceiptErasesItsResponse() {
        String token = openSurvey(survey("belonging", true))[1];
        String receipt = anonymous().header("Idempotency-Key", "erase-me-0001").body(Map.of("answers", Map.of("belonging", "never_heard")))
                .post(answer(token)).then().statusCode(400).extract().path("receipt");
        assertEquals(null, receipt);
        receipt = anonymous().header("Idempotency-Key", "erase-me-0001").body(Map.of("answers", Map.of("belonging", "very_strongly")))
                .post(answer(token)).then().statusCode(201).extract().path("receipt");
        anonymous().body(Map.of("answers", Map.of("belonging", "fairly_strongly"))).post(answer(token)).then().statusCode(201);
        // Typed by hand: lower case, no dashes.
        anonymous().delete("/api/v1/public/responses/" + receipt.toLowerCase().replace("-", "")).then().statusCode(204);
        assertEquals("1", one("SELECT count(*) FROM survey_response"));
        assertEquals("0", one("SELECT count(*) FROM survey_response WHERE answers->>'belonging' = 'very_strongly'"));
        anonymous().delete("/api/v1/public/responses/" + receipt).then().statusCode(404);
        // The same key cannot bring it back.
        anonymous().header("Idempotency-Key", "erase-me-0001").body(Map.of("answers", Map.of("belonging", "very_strongly")))
                .post(answer(token)).then().statusCode(410);
        assertEquals("1", one("SELECT count(*) FROM survey_response"));
    }

    @Test
    void aClosedSurveyIsGoneAndItsQuestionsStayFixed() {
        String[] s = openSurvey(survey("belonging", true, "good_now", false));
        anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly"))).post(answer(s[1])).then().statusCode(201);
        Map<String, Object> changed = survey("belonging", true);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"1\"").body(changed).put(SURVEYS + "/" + s[0]).then().statusCode(409)
                .body("detail", containsString("1 response"));
        Map<String, Object> retitled = survey("belonging", true, "good_now", false);
        retitled.put("title", "Belonging in Calderdale");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"1\"").body(retitled).put(SURVEYS + "/" + s[0]).then().statusCode(200)
                .body("title", equalTo("Belonging in Calderdale")).body("responseCount", equalTo(1));
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"2\"").delete(SURVEYS + "/" + s[0]).then().statusCode(409);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"2\"").body(Map.of("status", "closed")).post(SURVEYS + "/" + s[0] + "/status")
                .then().statusCode(200);
        anonymous().get("/api/v1/public/surveys/" + s[1]).then().statusCode(410).body("type", equalTo("urn:kickstart:problem:gone"));
        anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly"))).post(answer(s[1])).then().statusCode(410);
        assertEquals("1", one("SELECT count(*) FROM survey_response"));
    }

    @Test
    void organisersEnterAndImportPaperFormsAllOrNothing() {
        String[] s = openSurvey(survey("belonging", true, "place_standard_1", false, "age_band", false));
        exec("INSERT INTO neighbourhood (code, place_id, name, imd_decile, imd_rank, iod_edition, updated_at) VALUES "
                + "('E01010577', '" + Fixtures.CALDERDALE + "', 'Calderdale 001A', 6, 19087, 'IoD2025', now())");
        as(Person.ORGANISER_CALDERDALE).body(Map.of("mode", "paper", "submittedOn", "2026-11-20", "neighbourhoodCode", "E01010577",
                "answers", Map.of("belonging", "not_very_strongly", "age_band", "75_plus"))).post(SURVEYS + "/" + s[0] + "/responses").then()
                .statusCode(201).body("mode", equalTo("paper")).body("neighbourhoodCode", equalTo("E01010577"))
                .body("submittedAt", equalTo("2026-11-20T12:00:00Z"));
        as(Person.ORGANISER_NEWHAM).body(Map.of("mode", "paper", "answers", Map.of("belonging", "very_strongly")))
                .post(SURVEYS + "/" + s[0] + "/responses").then().statusCode(403);

        String before = snapshot("survey_response");
        String bad = """
                belonging,place_standard_1,age_band,mode,submitted_on,neighbourhood
                very_strongly,7,25_34,paper,2026-11-01,E01010577
                ,9,old,post,2026-13-01,E01999999
                fairly_strongly,1,,interview,,
                """;
        as(Person.ORGANISER_CALDERDALE).contentType("text/csv").body(bad).post(SURVEYS + "/" + s[0] + "/responses/import").then()
                .statusCode(400).body("errors.field", equalTo(List.of("rows[3].belonging", "rows[3].place_standard_1", "rows[3].age_band",
                        "rows[3].mode", "rows[3].submitted_on", "rows[3].neighbourhood")));
        as(Person.ORGANISER_CALDERDALE).contentType("text/csv").body("belonging,favourite_colour\nvery_strongly,blue\n")
                .post(SURVEYS + "/" + s[0] + "/responses/import").then().statusCode(400)
                .body("errors.field", equalTo(List.of("columns.favourite_colour")));
        assertEquals(before, snapshot("survey_response"));
        String good = bad.replace(",9,old,post,2026-13-01,E01999999", "dont_know,4,prefer_not_to_say,,,");
        as(Person.ORGANISER_CALDERDALE).contentType("text/csv").body(good).post(SURVEYS + "/" + s[0] + "/responses/import").then()
                .statusCode(200).body("rows", equalTo(3)).body("created", equalTo(3));
        assertEquals("4", one("SELECT count(*) FROM survey_response"));
        assertEquals("2", one("SELECT count(*) FROM survey_response WHERE neighbourhood_code = 'E01010577'"));
        assertEquals("1", one("SELECT count(*) FROM survey_response WHERE mode = 'interview'"));
    }

    @Test
    void responsesAreReadAndExportedOnlyByThoseAllowedWithFreeText() {
        String[] s = openSurvey(survey("belonging", true, "good_now", false));
        for (int i = 0; i < 3; i++) {
            anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly", "good_now", "=cmd, \"quoted\" and a\nnew line " + i)))
                    .post(answer(s[1])).then().statusCode(201);
        }
        as(Person.ANALYST).queryParam("limit", 2).get(SURVEYS + "/" + s[0] + "/responses").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items[0].answers.good_now", containsString("quoted"))
                .header("Link", containsString("rel=\"next\""));
        as(Person.ORGANISER_NEWHAM).get(SURVEYS + "/" + s[0] + "/responses").then().statusCode(403);
        anonymous().get(SURVEYS + "/" + s[0] + "/responses").then().statusCode(401);

        String ndjson = as(Person.ANALYST).accept("application/x-ndjson").get(SURVEYS + "/" + s[0] + "/responses/export").then()
                .statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        String[] lines = ndjson.split("\n");
        assertEquals(3, lines.length);
        Map<String, Object> first = io.restassured.path.json.JsonPath.from(lines[0]).getMap("");
        assertEquals("online", first.get("mode"));
        assertEquals("=cmd, \"quoted\" and a\nnew line 0", ((Map<?, ?>) first.get("answers")).get("good_now"));

        String csv = as(Person.ORGANISER_CALDERDALE).accept("text/csv").get("/api/v1/places/" + Fixtures.CALDERDALE + "/responses/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("response_id,survey_id,mode,language,submitted_at,neighbourhood,belonging,good_now\n"), csv);
        assertTrue(csv.contains(",very_strongly,\"'=cmd, \"\"quoted\"\" and a\nnew line 0\""), csv);
        as(Person.ORGANISER_NEWHAM).accept("text/csv").get("/api/v1/places/" + Fixtures.CALDERDALE + "/responses/export").then().statusCode(403);
    }

    @Test
    void theExportStreamsInConstantMemory() throws Exception {
        String[] s = openSurvey(survey("belonging", true, "good_now", false));
        // 250,000 responses with some free text: about 110 MB of NDJSON.
        exec("""
                INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, answers)
                SELECT gen_random_uuid(), '%s', '%s', 'online', 'en', now() - make_interval(secs => i),
                       jsonb_build_object('belonging', 'fairly_strongly', 'good_now', repeat('The park and the library. ', 8) || i)
                FROM generate_series(1, 250000) i""".formatted(s[0], Fixtures.CALDERDALE));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long baseline = rt.totalMemory() - rt.freeMemory();
        long peak = 0;
        long bytes = 0;
        long lines = 0;
        // Read with a plain HTTP client: RestAssured (and the contract check) would hold the whole body.
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:8081" + SURVEYS + "/" + s[0] + "/responses/export"))
                .header("Authorization", "Bearer " + org.kickstart.support.Tokens.token(Person.ANALYST)).header("Accept", "application/x-ndjson").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (var in = response.body()) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                bytes += n;
                if (lines % 50_000 < 300) {
                    System.gc();
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory() - baseline);
                }
            }
        }
        assertEquals(250_000, lines);
        assertTrue(bytes > 80_000_000, "exported " + bytes + " bytes");
        // The server shares this JVM: had it held the export, the heap would have grown by its size.
        assertTrue(peak < 40_000_000, "heap grew by " + peak / 1_000_000 + " MB while " + bytes / 1_000_000 + " MB streamed");
        System.out.printf("%n[benchmark] export of 250,000 responses (%d MB NDJSON): heap growth at most %d MB%n",
                bytes / 1_000_000, peak / 1_000_000);
    }
}
