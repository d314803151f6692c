package org.kickstart.insight;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.common.Json;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Builds 40 known responses and checks every indicator's base, value and interval end to end,
 * with the expected figures worked out here from REFERENCE.md's rules, not by the service.
 */
@QuarkusTest
class IndicatorApiTest extends ApiTest {

    static final String[] BELONGING = { "very_strongly", "fairly_strongly", "not_very_strongly", "not_at_all_strongly", "dont_know" };
    static final String[] LONELY = { "often_always", "some_of_the_time", "occasionally", "hardly_ever", "never" };
    static final String[] UCLA = { "hardly_ever_never", "some_of_the_time", "often" };
    static final String[] AGREE = { "definitely_agree", "tend_to_agree", "tend_to_disagree", "definitely_disagree", "dont_know" };
    static final String[] COHESION = { "definitely_agree", "tend_to_agree", "tend_to_disagree", "definitely_disagree", "dont_know",
            "too_few_people", "all_same_backgrounds" };
    static final String[] TRUST = { "many", "some", "a_few", "none", "dont_know" };
    static final String[] CHAT = { "most_days", "once_twice_week", "once_twice_month", "less_than_monthly", "never" };
    static final String[] SATISFIED = { "very_satisfied", "fairly_satisfied", "neither", "fairly_dissatisfied", "very_dissatisfied" };
    static final String[] MIXING = { "weekly", "monthly", "less_often", "never" };
    static final String[] WELCOMING = { "strongly_agree", "agree", "neither", "disagree", "strongly_disagree" };

    final List<Map<String, Object>> made = new ArrayList<>();

    @BeforeEach
    void world() {
        Fixtures.load(this);
        Fixtures.loadSurvey(this);
        exec("DELETE FROM survey_response");
        // The survey asks the whole bank, as the answers below need (indicators read only what surveys ask).
        exec("UPDATE survey SET questions = (SELECT jsonb_agg(jsonb_build_object('code', code, 'required', false) ORDER BY position)"
                + " FROM question) WHERE id = '" + Fixtures.SURVEY + "'");
        made.clear();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("belonging", BELONGING[i % 5]);
            a.put("loneliness_direct", LONELY[i % 5]);
            a.put("ucla_companionship", UCLA[i % 3]);
            a.put("ucla_left_out", UCLA[(i / 3) % 3]);
            if (i % 10 != 9) {
                a.put("ucla_isolated", UCLA[(i / 9) % 3]);
            }
            a.put("influence", AGREE[i % 5]);
            a.put("trust", TRUST[i % 5]);
            a.put("cohesion", COHESION[i % 7]);
            a.put("chat_neighbours", CHAT[i % 5]);
            a.put("satisfaction_area", SATISFIED[i % 5]);
            a.put("mixing", MIXING[i % 4]);
            a.put("welcoming", WELCOMING[i % 5]);
            for (int k = 1; k <= 14; k++) {
                a.put("place_standard_" + k, 1 + (i * k) % 7);
            }
            a.put("age_band", i % 8 == 0 ? "75_plus" : i % 2 == 0 ? "25_34" : "50_64");
            made.add(a);
            // The first 20 in the second quarter of 2026, the rest in the third.
            String at = i < 20 ? "2026-05-10 12:00+01" : "2026-08-10 12:00+01";
            exec("INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, answers) VALUES (gen_random_uuid(), '"
                    + Fixtures.SURVEY + "', '" + Fixtures.CALDERDALE + "', '" + (i % 4 == 0 ? "paper" : "online") + "', 'en', '" + at
                    + "', '" + Json.write(a).replace("'", "''") + "')");
        }
    }

    /** x and n of a proportion over the made responses, by the REFERENCE.md rule. */
    private long[] count(String question, Set<String> success, Set<String> excluded) {
        long x = 0, n = 0;
        for (Map<String, Object> a : made) {
            Object v = a.get(question);
            if (v != null && !excluded.contains(v)) {
                n++;
                if (success.contains(v)) {
                    x++;
                }
            }
        }
        return new long[] { x, n };
    }

    private static Map<String, Map<String, Object>> byIndicator(Response r) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<Map<String, Object>> items = r.path("items");
        items.forEach(v -> out.put((String) v.get("indicator"), v));
        return out;
    }

    private static void proportion(Map<String, Object> v, long[] xn) {
        assertEquals((int) xn[1], v.get("n"), v.toString());
        assertEquals((double) xn[0] / xn[1], ((Number) v.get("value")).doubleValue(), 0.0001, v.toString());
        Stats.Interval ci = Stats.wilson(xn[0], xn[1]);
        assertEquals(ci.low(), ((Number) v.get("ciLow")).doubleValue(), 0.0001);
        assertEquals(ci.high(), ((Number) v.get("ciHigh")).doubleValue(), 0.0001);
        assertEquals(false, v.get("suppressed"));
    }

    @Test
    void everyIndicatorEndToEnd() {
        Response r = anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).get("/api/v1/indicators");
        r.then().statusCode(200).body("threshold", equalTo(10)).body("uclaHighThreshold", equalTo(6));
        Map<String, Map<String, Object>> v = byIndicator(r);
        assertEquals(24, v.size());
        proportion(v.get("belonging"), count("belonging", Set.of("very_strongly", "fairly_strongly"), Set.of("dont_know")));
        // 16 of 32: the base leaves out the 8 "Don't know".
        assertEquals(32, v.get("belonging").get("n"));
        Map<?, ?> benchmark = (Map<?, ?>) v.get("belonging").get("benchmark");
        assertEquals(0.62, ((Number) benchmark.get("value")).doubleValue(), 1e-6);
        assertEquals("2024/25", benchmark.get("year"));
        assertEquals("Community Life Survey", benchmark.get("source"));
        proportion(v.get("loneliness"), count("loneliness_direct", Set.of("often_always"), Set.of()));
        proportion(v.get("influence"), count("influence", Set.of("definitely_agree", "tend_to_agree"), Set.of("dont_know")));
        proportion(v.get("trust"), count("trust", Set.of("many"), Set.of("dont_know")));
        proportion(v.get("cohesion"), count("cohesion", Set.of("definitely_agree", "tend_to_agree"),
                Set.of("dont_know", "too_few_people", "all_same_backgrounds")));
        proportion(v.get("chat_neighbours"), count("chat_neighbours", Set.of("most_days", "once_twice_week", "once_twice_month"), Set.of()));
        proportion(v.get("satisfaction_area"), count("satisfaction_area", Set.of("very_satisfied", "fairly_satisfied"), Set.of()));
        proportion(v.get("mixing"), count("mixing", Set.of("weekly", "monthly"), Set.of()));
        proportion(v.get("welcoming"), count("welcoming", Set.of("strongly_agree", "agree"), Set.of()));
        // UCLA: scores 1–3 per item, high when the sum is 6 or more; only complete sets count.
        long x = 0, n = 0;
        for (Map<String, Object> a : made) {
            if (a.containsKey("ucla_isolated")) {
                n++;
                int sum = 0;
                for (String item : List.of("ucla_companionship", "ucla_left_out", "ucla_isolated")) {
                    sum += List.of(UCLA).indexOf(a.get(item)) + 1;
                }
                if (sum >= 6) {
                    x++;
                }
            }
        }
        proportion(v.get("loneliness_ucla_high"), new long[] { x, n });
        assertEquals(36, v.get("loneliness_ucla_high").get("n"));
        for (int k = 1; k <= 14; k++) {
            double sum = 0, sq = 0;
            for (Map<String, Object> a : made) {
                int s = (Integer) a.get("place_standard_" + k);
                sum += s;
                sq += s * s;
            }
            double mean = sum / 40;
            double sd = Math.sqrt((sq - 40 * mean * mean) / 39);
            Map<String, Object> m = v.get("place_standard_" + k);
            assertEquals("mean", m.get("kind"));
            assertEquals(40, m.get("n"));
            assertEquals(mean, ((Number) m.get("value")).doubleValue(), 0.0001);
            assertEquals(mean - Stats.t975(39) * sd / Math.sqrt(40), ((Number) m.get("ciLow")).doubleValue(), 0.0001);
        }
    }

    @Test
    void quartersAndBreakdownsWithPrimaryAndSecondarySuppression() {
        // Over all 40: 25_34 has 12 counted, 50_64 16, 75_plus 4 (the "Don't know" answers leave the base).
        Response all = as(Person.ANALYST).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("breakdown", "age_band")
                .queryParam("indicator", "belonging").get("/api/v1/indicators");
        all.then().statusCode(200).body("items.group", equalTo(List.of("25_34", "50_64", "75_plus")))
                .body("items.n", equalTo(List.of(12, 16, 4)))
                .body("items.suppression", equalTo(java.util.Arrays.asList("secondary", null, "primary")));
        Map<String, Object> old = all.path("items[2]");
        assertEquals(true, old.get("suppressed"));
        assertNull(old.get("value"));
        assertNull(old.get("ciLow"));
        // Only one group was hidden, so the next smallest went too: 28 − 16 would give it away.
        assertNull(all.path("items[0].value"));
        assertTrue(((Number) all.path("items[1].value")).doubleValue() > 0);
        // By quarter, Q2's three groups are all under 10: each hidden, none needs a partner.
        Response r = as(Person.ANALYST).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("interval", "quarter")
                .queryParam("breakdown", "age_band").queryParam("indicator", "belonging").get("/api/v1/indicators");
        r.then().statusCode(200);
        List<Map<String, Object>> items = r.path("items");
        List<Map<String, Object>> q2 = items.stream().filter(i -> "2026-Q2".equals(i.get("period"))).toList();
        assertEquals(List.of(5, 8, 3), q2.stream().map(i -> i.get("n")).toList());
        assertEquals(List.of("primary", "primary", "primary"), q2.stream().map(i -> i.get("suppression")).toList());
        assertEquals("2026-04-01", q2.get(0).get("periodStart"));
        assertTrue(items.stream().anyMatch(i -> "2026-Q3".equals(i.get("period"))));
        // Anonymous callers cannot break down; organisers elsewhere can, with the same rules.
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("breakdown", "age_band").get("/api/v1/indicators")
                .then().statusCode(401);
        as(Person.ORGANISER_NEWHAM).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("breakdown", "mode")
                .queryParam("indicator", "belonging").get("/api/v1/indicators").then().statusCode(200)
                .body("items.group", equalTo(List.of("online", "paper")));
        // Across places: admins and analysts only.
        as(Person.ORGANISER_CALDERDALE).get("/api/v1/indicators").then().statusCode(400);
        as(Person.ANALYST).queryParam("indicator", "loneliness").get("/api/v1/indicators").then().statusCode(200)
                .body("items[0].n", equalTo(40));
        invalid(anonymous()).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("interval", "week").get("/api/v1/indicators")
                .then().statusCode(400);
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("indicator", "happiness").get("/api/v1/indicators")
                .then().statusCode(400);
        // A window with too few answers is suppressed for everyone.
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("indicator", "belonging")
                .queryParam("from", "2026-05-10").queryParam("to", "2026-05-10")
                .get("/api/v1/indicators").then().statusCode(200).body("items[0].n", equalTo(16)).body("items[0].suppressed", equalTo(false));
    }

    @Test
    void periodsAndWindowsAreLondonDaysAndAnswersAreStoredAsNumbers() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London: the third quarter, and inside a window from 1 July.
        exec("INSERT INTO survey_response (id, survey_id, place_id, mode, language, submitted_at, answers) VALUES (gen_random_uuid(), '"
                + Fixtures.SURVEY + "', '" + Fixtures.CALDERDALE + "', 'online', 'en', '2026-06-30 23:30+00',"
                + " '{\"belonging\": \"fairly_strongly\", \"place_standard_3\": 6, \"age_band\": \"35_49\", \"good_now\": \"The park\"}')");
        assertEquals("2026-07-01 2 6 3 0 0",
                one("SELECT submitted_on || ' ' || coded[5] || ' ' || coded[15] || ' ' || coded[29] || ' ' || coded[27] || ' ' || coded[1]"
                        + " FROM survey_response WHERE submitted_at = '2026-06-30 23:30+00'"));
        // Three bank questions at the positions read above: the numbering is the bank's, not a guess.
        assertEquals("belonging place_standard_3 age_band",
                one("SELECT string_agg(code, ' ' ORDER BY array_position(ARRAY[5, 15, 29], position)) FROM question WHERE position IN (5, 15, 29)"));
        Response r = as(Person.ANALYST).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("indicator", "belonging")
                .queryParam("interval", "quarter").queryParam("from", "2026-07-01").get("/api/v1/indicators");
        r.then().statusCode(200).body("items.period", equalTo(List.of("2026-Q3")));
        // The 20 made in August leave 16 in the base (4 said "Don't know"); this one makes 17, and is not before 1 July.
        r.then().body("items[0].n", equalTo(17));
        as(Person.ANALYST).queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("indicator", "belonging")
                .queryParam("to", "2026-06-30").get("/api/v1/indicators").then().statusCode(200).body("items[0].n", equalTo(16));
        // Only what the surveys in scope ask is computed: a survey of belonging alone gives belonging alone.
        exec("UPDATE survey SET questions = '[{\"code\": \"belonging\", \"required\": true}]' WHERE id = '" + Fixtures.SURVEY + "'");
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).get("/api/v1/indicators").then().statusCode(200)
                .body("items.indicator", equalTo(List.of("belonging"))).body("items[0].n", equalTo(33));
    }

    @Test
    void gapsRankNeedSupplyAndOutcomes() {
        exec("""
                INSERT INTO neighbourhood (code, place_id, name, imd_decile, imd_rank, iod_edition, updated_at) VALUES
                  ('E01010001', '%1$s', 'Calderdale 001A', 1, 100, 'IoD2025', now()),
                  ('E01010002', '%1$s', 'Calderdale 002A', 9, 30000, 'IoD2025', now());
                UPDATE space SET neighbourhood_code = 'E01010002', status = 'open' WHERE id = '%2$s';
                UPDATE survey_response SET neighbourhood_code = 'E01010001';
                """.formatted(Fixtures.CALDERDALE, Fixtures.SPACE));
        Response r = anonymous().get("/api/v1/places/" + Fixtures.CALDERDALE + "/gaps");
        r.then().statusCode(200).body("boundariesLoaded", equalTo(false)).body("radiusMetres", equalTo(800))
                .body("items.code", equalTo(List.of("E01010001", "E01010002")));
        Map<String, Object> first = r.path("items[0]");
        assertEquals(40, first.get("responses"));
        assertEquals(0.5, ((Number) first.get("belonging")).doubleValue(), 0.0001);
        // 50 × 1 + 30 × 1 + 20 × 0.5
        assertEquals(90, first.get("score"));
        Map<String, Object> second = r.path("items[1]");
        assertEquals(1, second.get("openSpaces"));
        assertNull(second.get("belonging"));
        assertFalse(second.containsKey("nearbyOpenSpaces"));
        assertEquals(GapService.score(9, 1, 0, null), second.get("score"));
        invalid(anonymous()).queryParam("radius", 50).get("/api/v1/places/" + Fixtures.CALDERDALE + "/gaps").then().statusCode(400);
    }

    @Test
    void reachCountsHeldOccurrencesAttendanceAndCoHosting() {
        Fixtures.loadEvent(this);
        exec("INSERT INTO attendance (event_id, occurrence_date, total, first_time, recorded_at) VALUES ('" + Fixtures.EVENT
                + "', '2026-01-13', 12, 2, now()), ('" + Fixtures.EVENT + "', '2026-02-03', 8, 1, now())");
        anonymous().queryParam("from", "2026-01-01").queryParam("to", "2026-03-31").queryParam("interval", "month")
                .get("/api/v1/places/" + Fixtures.CALDERDALE + "/reach").then().statusCode(200)
                .body("periods.period", equalTo(List.of("2026-01", "2026-02", "2026-03")))
                // Tuesdays from 6 January: 4 in January, 4 in February, 5 in March.
                .body("periods.occurrencesHeld", equalTo(List.of(4, 4, 5)))
                .body("periods.attendance", equalTo(List.of(12, 8, 0)))
                .body("periods.firstTime", equalTo(List.of(2, 1, 0)))
                .body("events", equalTo(1)).body("coHostedEvents", equalTo(0)).body("coHostedShare", equalTo(0.0f))
                .body("partnersByType.voluntary_community", equalTo(2));
    }
}
