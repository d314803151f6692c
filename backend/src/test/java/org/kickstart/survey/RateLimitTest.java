package org.kickstart.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Public submissions are limited per client address; the limit is configuration. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest extends ApiTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kickstart.public.rate-limit.per-minute", "3");
        }
    }

    @Test
    void theFourthSubmissionInAMinuteWaits() {
        Fixtures.load(this);
        Fixtures.loadSurvey(this);
        String url = "/api/v1/public/surveys/" + Fixtures.SURVEY_TOKEN + "/responses";
        for (int i = 0; i < 3; i++) {
            anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly"))).post(url).then().statusCode(201);
        }
        String before = snapshot("survey_response");
        var refused = anonymous().body(Map.of("answers", Map.of("belonging", "very_strongly"))).post(url);
        refused.then().statusCode(429).body("type", equalTo("urn:kickstart:problem:rate-limited"));
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 20, "Retry-After " + wait);
        // Withdrawing shares the budget, so receipts cannot be guessed at speed either.
        anonymous().delete("/api/v1/public/responses/" + Fixtures.RECEIPT).then().statusCode(429);
        assertEquals(before, snapshot("survey_response"));
    }
}
