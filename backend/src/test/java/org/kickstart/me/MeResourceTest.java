package org.kickstart.me;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest extends ApiTest {

    @Test
    void describesTheCaller() {
        as(Person.ORGANISER_CALDERDALE).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo(Person.ORGANISER_CALDERDALE.subject))
                .body("username", equalTo("organiser.calderdale"))
                .body("roles", equalTo(List.of("organiser")));
        as(Person.NO_ROLES).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of()));
    }

    @Test
    void anonymousIs401() {
        anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
