package org.kickstart.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
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
class PartnerResourceTest extends ApiTest {

    @BeforeEach
    void world() {
        Fixtures.load(this);
    }

    private static Map<String, Object> partner() {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "St Mary's Church");
        p.put("type", "faith");
        p.put("description", "Parish church with a hall and a weekly lunch club");
        p.put("postcode", "hx11aa");
        p.put("website", "https://stmarys.example.org");
        p.put("contactName", "Rev. Ann Lee");
        p.put("email", "ann@example.org");
        p.put("phone", "01422 123456");
        return p;
    }

    @Test
    void privateContactFieldsOnlyForSignedInCallers() {
        String id = as(Person.ORGANISER_CALDERDALE).body(partner()).post("/api/v1/partners").then().statusCode(201)
                .body("postcode", equalTo("HX1 1AA")).extract().path("id");
        anonymous().get("/api/v1/partners/" + id).then().statusCode(200)
                .body("name", equalTo("St Mary's Church"))
                .body("$", not(hasKey("email"))).body("$", not(hasKey("phone"))).body("$", not(hasKey("contactName")));
        anonymous().get("/api/v1/partners").then().statusCode(200)
                .body("items.email", not(hasItem("ann@example.org")))
                .body("items.email", not(hasItem("jo@example.org")));
        anonymous().get("/api/v1/places/" + Fixtures.CALDERDALE + "/partnership").then().statusCode(200)
                .body("members[0].partner", not(hasKey("email")));
        as(Person.ANALYST).get("/api/v1/partners/" + id).then().statusCode(200)
                .body("email", equalTo("ann@example.org")).body("contactName", equalTo("Rev. Ann Lee"));
    }

    @Test
    void filtersByPlaceTypeAndText() {
        as(Person.ADMIN).body(partner()).post("/api/v1/partners").then().statusCode(201);
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).get("/api/v1/partners").then().statusCode(200)
                .body("items.name", equalTo(List.of("Halifax Community Hub")));
        anonymous().queryParam("type", "faith").get("/api/v1/partners").then().statusCode(200)
                .body("items.name", equalTo(List.of("St Mary's Church")));
        anonymous().queryParam("q", "LUNCH").get("/api/v1/partners").then().statusCode(200)
                .body("items.name", equalTo(List.of("St Mary's Church")));
        anonymous().queryParam("q", "bakery").queryParam("type", "faith").get("/api/v1/partners").then().statusCode(200)
                .body("items", hasSize(0));
        invalid(anonymous()).queryParam("type", "church").get("/api/v1/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void badInputIsRefusedWithFieldErrors() {
        String before = snapshot("partner");
        Map<String, Object> bad = partner();
        bad.put("postcode", "NOT A POSTCODE");
        bad.put("email", "not-an-email");
        bad.put("website", "javascript:alert(1)");
        invalid(as(Person.ADMIN)).body(bad).post("/api/v1/partners").then().statusCode(400)
                .body("errors.field", equalTo(List.of("email", "postcode", "website")));
        Map<String, Object> badType = partner();
        badType.put("type", "church");
        invalid(as(Person.ADMIN)).body(badType).post("/api/v1/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("faith"));
        assertEquals(before, snapshot("partner"));
    }

    @Test
    void aPartnerInAPartnershipCannotBeDeleted() {
        Response r = as(Person.ADMIN).get("/api/v1/partners/" + Fixtures.MEMBER);
        r.then().body("places.slug", equalTo(List.of("calderdale")));
        String before = snapshot("partner");
        as(Person.ADMIN).header("If-Match", r.header("ETag")).delete("/api/v1/partners/" + Fixtures.MEMBER).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("1 partnership"));
        assertEquals(before, snapshot("partner"));
    }

    @Test
    void creatorMayChangeTheirPartnerUntilItJoinsAPartnership() {
        Response created = as(Person.ORGANISER_NEWHAM).body(partner()).post("/api/v1/partners");
        String id = created.path("id");
        Map<String, Object> renamed = partner();
        renamed.put("name", "St Mary's Church Hall");
        String etag = as(Person.ORGANISER_NEWHAM).header("If-Match", created.header("ETag")).body(renamed)
                .put("/api/v1/partners/" + id).then().statusCode(200).extract().header("ETag");
        // Once in Calderdale's partnership, it is Calderdale's organisers' to change, not Newham's.
        as(Person.ORGANISER_CALDERDALE).body(Map.of("role", "supporting", "status", "active"))
                .put("/api/v1/places/" + Fixtures.CALDERDALE + "/partnership/" + id).then().statusCode(201);
        as(Person.ORGANISER_NEWHAM).header("If-Match", etag).body(partner()).put("/api/v1/partners/" + id).then().statusCode(403);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", etag).body(partner()).put("/api/v1/partners/" + id).then().statusCode(200);
    }
}
