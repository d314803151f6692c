package org.kickstart.event;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.ServerTime;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Measures What's on for one month with 5,000 recurring events in one place (the target is under
 * 200 ms server-side) and prints the figures. It asserts what the answer contains, not how fast
 * it came: timings on a shared machine are reported, not pass/fail.
 */
@QuarkusTest
class OccurrencesBenchmarkTest extends ApiTest {

    @Test
    void oneMonthOf5000RecurringEvents() {
        Fixtures.load(this);
        Fixtures.loadEvent(this);
        exec("DELETE FROM event");
        // 2,000 weekly on Tuesdays (one date cancelled), 1,000 fortnightly on Saturdays, 1,000 on the
        // second Tuesday of the month, 1,000 on Mondays, Wednesdays and Fridays — all begun in 2026.
        exec("""
                INSERT INTO event (id, place_id, title, category, status, starts_at, ends_at, recurrence, exceptions,
                                   series_start, created_at, updated_at, version)
                SELECT gen_random_uuid(), '%s', 'Event ' || lpad(i::text, 4, '0'), 'social', 'scheduled',
                       d + make_interval(hours => 8 + i %% 10), d + make_interval(hours => 10 + i %% 10), rule,
                       CASE WHEN rule = 'FREQ=WEEKLY;BYDAY=TU' AND i %% 2 = 0
                            THEN '[{"date": "2027-01-19", "cancelled": true}]'::jsonb ELSE '[]'::jsonb END,
                       d, now(), now(), 0
                FROM generate_series(1, 5000) i,
                LATERAL (SELECT CASE WHEN i <= 2000 THEN timestamp '2026-01-06' WHEN i <= 3000 THEN timestamp '2026-01-03'
                                     WHEN i <= 4000 THEN timestamp '2026-01-13' ELSE timestamp '2026-01-05' END AS d,
                                CASE WHEN i <= 2000 THEN 'FREQ=WEEKLY;BYDAY=TU' WHEN i <= 3000 THEN 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA'
                                     WHEN i <= 4000 THEN 'FREQ=MONTHLY;BYDAY=2TU' ELSE 'FREQ=WEEKLY;BYDAY=MO,WE,FR' END AS rule) r
                """.formatted(Fixtures.CALDERDALE));
        exec("INSERT INTO event_host (event_id, partner_id, position) SELECT id, '" + Fixtures.HOST + "', 0 FROM event");
        exec("ANALYZE event");

        // January 2027: 4 Tuesdays × 2,000 (1,000 cancelled on the 19th still listed), 3 Saturdays
        // (2nd, 16th, 30th: 52 weeks after 3 January 2026) × 1,000, 1 × 1,000, 13 × 1,000.
        String cursor = null;
        int total = 0;
        List<String> starts = new ArrayList<>();
        do {
            Response r = page(cursor, 200);
            r.then().statusCode(200);
            List<String> s = r.path("items.start");
            total += s.size();
            if (starts.size() < 400) {
                starts.addAll(s);
            }
            cursor = r.path("nextCursor");
        } while (cursor != null);
        assertEquals(8000 + 3000 + 1000 + 13000, total);
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        assertEquals(sorted, starts, "in time order");
        page(null, 50).then().body("items.size()", equalTo(50));
        // Measured after the walk through all 125 pages above, which warms the code up.
        List<Double> first = ServerTime.measure(() -> page(null, 200));
        List<Double> last = ServerTime.measure(() -> page(null, 50));
        System.out.printf("%n[benchmark] What's on, January 2027, 5,000 recurring events in one place (25,000 occurrences),"
                + " 30 requests each after 10 warm-ups, server time (Server-Timing):%n"
                + "[benchmark]   first page of 200: p50 %.1f ms, p95 %.1f ms%n"
                + "[benchmark]   first page of 50:  p50 %.1f ms, p95 %.1f ms%n",
                ServerTime.pct(first, 50), ServerTime.pct(first, 95), ServerTime.pct(last, 50), ServerTime.pct(last, 95));
    }

    private Response page(String cursor, int limit) {
        var req = anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31")
                .queryParam("place", Fixtures.CALDERDALE.toString()).queryParam("limit", limit);
        if (cursor != null) {
            req.queryParam("cursor", cursor);
        }
        return req.get("/api/v1/occurrences");
    }
}
