package org.kickstart.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PartnershipTest extends ApiTest {

    private static final String PARTNERSHIP = "/api/v1/places/" + Fixtures.CALDERDALE + "/partnership";

    @BeforeEach
    void world() {
        Fixtures.load(this);
    }

    @Test
    void addChangeAndRemoveAMember() {
        Response added = as(Person.ORGANISER_CALDERDALE)
                .body(Map.of("role", "lead", "commitments", List.of("funding", "data"), "commitmentNote", "Small grants",
                        "joinedOn", "2026-04-01", "status", "active"))
                .put(PARTNERSHIP + "/" + Fixtures.LONER);
        added.then().statusCode(201).body("role", equalTo("lead"))
                .body("commitments", equalTo(List.of("data", "funding"))).body("partner.name", equalTo("Lone Bakery"));

        // Changing an existing membership needs its ETag.
        as(Person.ORGANISER_CALDERDALE).body(Map.of("role", "core", "status", "active"))
                .put(PARTNERSHIP + "/" + Fixtures.LONER).then().statusCode(428);
        String etag = as(Person.ORGANISER_CALDERDALE).header("If-Match", added.header("ETag"))
                .body(Map.of("role", "core", "status", "left")).put(PARTNERSHIP + "/" + Fixtures.LONER)
                .then().statusCode(200).body("status", equalTo("left")).extract().header("ETag");

        anonymous().get(PARTNERSHIP).then().statusCode(200)
                .body("place.slug", equalTo("calderdale"))
                .body("members", hasSize(2))
                .body("summary.active", equalTo(1)).body("summary.left", equalTo(1))
                .body("summary.byType.voluntary_community", equalTo(1))
                .body("summary.byType.business", equalTo(0))
                .body("summary.byRole.core", equalTo(1));

        as(Person.ORGANISER_CALDERDALE).header("If-Match", etag).delete(PARTNERSHIP + "/" + Fixtures.LONER)
                .then().statusCode(204);
        anonymous().get(PARTNERSHIP + "/" + Fixtures.LONER).then().statusCode(404);
    }

    @Test
    void summaryCountsActiveMembersByTypeAndRole() {
        as(Person.ADMIN).body(Map.of("role", "supporting", "status", "active")).put(PARTNERSHIP + "/" + Fixtures.LONER)
                .then().statusCode(201);
        anonymous().get(PARTNERSHIP).then().statusCode(200)
                .body("members.partner.name", equalTo(List.of("Halifax Community Hub", "Lone Bakery")))
                .body("summary.byType.business", equalTo(1))
                .body("summary.byType.voluntary_community", equalTo(1))
                .body("summary.byRole.supporting", equalTo(1))
                .body("summary.byRole.core", equalTo(1))
                .body("summary.byType.size()", equalTo(9));
    }

    @Test
    void badMembershipChangesNothing() {
        String before = snapshot("partnership_membership");
        invalid(as(Person.ADMIN)).body(Map.of("role", "chair", "status", "active")).put(PARTNERSHIP + "/" + Fixtures.LONER)
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        invalid(as(Person.ADMIN)).body(Map.of("role", "core", "status", "active", "commitments", List.of("cake")))
                .put(PARTNERSHIP + "/" + Fixtures.LONER).then().statusCode(400);
        as(Person.ADMIN).body(Map.of("role", "core", "status", "active"))
                .put(PARTNERSHIP + "/" + "00000000-0000-4000-8000-000000000000").then().statusCode(404);
        assertEquals(before, snapshot("partnership_membership"));
    }

    @Test
    void placeWithMembersCannotBeDeleted() {
        Response place = as(Person.ADMIN).get("/api/v1/places/" + Fixtures.CALDERDALE);
        as(Person.ADMIN).header("If-Match", place.header("ETag")).delete("/api/v1/places/" + Fixtures.CALDERDALE)
                .then().statusCode(409).contentType("application/problem+json");
    }
}
