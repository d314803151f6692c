package org.kickstart.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import io.restassured.response.Response;

/**
 * Server-side timings for the benchmark tests: the application's own Server-Timing header, not
 * the client's contract validation and parsing. Reported, never asserted.
 */
public final class ServerTime {

    private ServerTime() {
    }

    /** Milliseconds of 30 calls after 10 warm-ups, sorted. */
    public static List<Double> measure(Supplier<Response> call) {
        for (int i = 0; i < 10; i++) {
            call.get().then().statusCode(200);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String timing = call.get().then().statusCode(200).extract().header("Server-Timing");
            ms.add(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)));
        }
        Collections.sort(ms);
        return ms;
    }

    /** The p-th percentile of sorted figures (nearest rank). */
    public static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
