package org.kickstart.place;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PlaceResourceTest extends ApiTest {

    private static final String PLACES = "/api/v1/places";

    @BeforeEach
    void clean() {
        truncate("place");
    }

    static Map<String, Object> calderdale() {
        return Map.of("slug", "calderdale", "name", "Calderdale", "gssCode", "E08000033",
                "region", "Yorkshire and The Humber", "population", 206600);
    }

    private Response create(Map<String, Object> body) {
        return as(Person.ADMIN).body(body).post(PLACES);
    }

    @Test
    void anonymousReadsPlaces() {
        String id = create(calderdale()).then().statusCode(201).extract().path("id");
        anonymous().get(PLACES).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].gssCode", equalTo("E08000033"))
                .body("nextCursor", nullValue());
        anonymous().get(PLACES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Calderdale"))
                .body("population", equalTo(206600))
                .body("$", not(org.hamcrest.Matchers.hasKey("description")));
    }

    @Test
    void adminCreatesUpdatesAndDeletesWithIfMatch() {
        Response created = create(calderdale());
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/places/"))
                .header("ETag", notNullValue())
                .body("slug", equalTo("calderdale"))
                .body("createdAt", notNullValue());
        String id = created.path("id");
        String etag = anonymous().get(PLACES + "/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals(created.header("ETag"), etag);

        Map<String, Object> changed = new java.util.HashMap<>(calderdale());
        changed.put("description", "Metropolitan borough in West Yorkshire.");
        String newEtag = as(Person.ADMIN).header("If-Match", etag).body(changed).put(PLACES + "/" + id)
                .then().statusCode(200)
                .body("description", equalTo("Metropolitan borough in West Yorkshire."))
                .extract().header("ETag");
        assertEquals(false, etag.equals(newEtag), "the version moves on with each change");

        // The old ETag is now stale: 412, and nothing changes.
        String before = snapshot("place");
        as(Person.ADMIN).header("If-Match", etag).body(calderdale()).put(PLACES + "/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        as(Person.ADMIN).header("If-Match", etag).delete(PLACES + "/" + id).then().statusCode(412);
        assertEquals(before, snapshot("place"));

        as(Person.ADMIN).header("If-Match", newEtag).delete(PLACES + "/" + id).then().statusCode(204);
        anonymous().get(PLACES + "/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
    }

    @Test
    void missingIfMatchIs428() {
        String id = create(calderdale()).path("id");
        String before = snapshot("place");
        as(Person.ADMIN).body(calderdale()).put(PLACES + "/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        as(Person.ADMIN).delete(PLACES + "/" + id).then().statusCode(428);
        assertEquals(before, snapshot("place"));
    }

    @Test
    void anonymousWritesAre401() {
        String id = create(calderdale()).path("id");
        String before = snapshot("place");
        anonymous().body(calderdale()).post(PLACES).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        anonymous().header("If-Match", "\"0\"").body(calderdale()).put(PLACES + "/" + id).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").delete(PLACES + "/" + id).then().statusCode(401);
        assertEquals(before, snapshot("place"));
    }

    @ParameterizedTest
    @EnumSource(value = Person.class, names = { "ORGANISER_CALDERDALE", "ANALYST", "NO_ROLES" })
    void nonAdminWritesAre403(Person person) {
        Response created = create(calderdale());
        String id = created.path("id");
        String etag = created.header("ETag");
        String before = snapshot("place");
        Map<String, Object> other = Map.of("slug", "newham", "name", "Newham", "gssCode", "E09000025", "region", "London");
        as(person).body(other).post(PLACES).then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Not allowed"));
        as(person).header("If-Match", etag).body(other).put(PLACES + "/" + id).then().statusCode(403);
        as(person).header("If-Match", etag).delete(PLACES + "/" + id).then().statusCode(403);
        assertEquals(before, snapshot("place"));
    }

    @Test
    void invalidTokensAre401() {
        String wrongAudience = org.kickstart.support.Tokens.builder(Person.ADMIN).audience("someone-else").sign();
        String expired = org.kickstart.support.Tokens.builder(Person.ADMIN)
                .issuedAt(java.time.Instant.now().minusSeconds(7200)).expiresAt(java.time.Instant.now().minusSeconds(3600)).sign();
        for (String token : List.of(wrongAudience, expired, "not-a-jwt")) {
            anonymous().auth().oauth2(token).body(calderdale()).post(PLACES).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertEquals("0:", snapshot("place"));
    }

    @Test
    void badInputGetsFieldErrorsAndChangesNothing() {
        create(calderdale()).then().statusCode(201);
        String before = snapshot("place");

        Map<String, Object> badGss = new java.util.HashMap<>(calderdale());
        badGss.put("slug", "elsewhere");
        badGss.put("gssCode", "X123");
        invalid(as(Person.ADMIN)).body(badGss).post(PLACES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("gssCode"))
                .body("errors.find { it.field == 'gssCode' }.message", containsString("eight digits"));

        Map<String, Object> negative = new java.util.HashMap<>(calderdale());
        negative.put("slug", "elsewhere");
        negative.put("gssCode", "E09000025");
        negative.put("population", -1);
        invalid(as(Person.ADMIN)).body(negative).post(PLACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("population")));

        Map<String, Object> unknown = new java.util.HashMap<>(calderdale());
        unknown.put("mayor", "Someone");
        invalid(as(Person.ADMIN)).body(unknown).post(PLACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("mayor")));

        Map<String, Object> serverOwned = new java.util.HashMap<>(calderdale());
        serverOwned.put("id", "0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b");
        invalid(as(Person.ADMIN)).body(serverOwned).post(PLACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("id")));

        invalid(as(Person.ADMIN)).body("{\"slug\": \"x\", ").post(PLACES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("The request body is not valid JSON"));

        invalid(as(Person.ADMIN)).body(Map.of("slug", "Not A Slug")).post(PLACES).then().statusCode(400)
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("gssCode"))
                .body("errors.field", hasItem("region"));

        invalid(as(Person.ADMIN)).body(Map.of("slug", "x", "name", "X", "gssCode", "E01000001", "region", "R", "population", "many"))
                .post(PLACES).then().statusCode(400).body("errors.field", equalTo(List.of("population")));

        // The same slug or GSS code twice is a conflict.
        as(Person.ADMIN).body(calderdale()).post(PLACES).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("calderdale"));

        assertEquals(before, snapshot("place"));
    }

    @Test
    void noResponseLeaksInternals() {
        Response r = invalid(as(Person.ADMIN)).body("[1,2").post(PLACES);
        r.then().statusCode(400);
        String body = r.asString();
        for (String leak : List.of("Exception", "java.", "com.fasterxml", "at org.", "jakarta.")) {
            assertEquals(false, body.contains(leak), "response mentions " + leak + ": " + body);
        }
    }

    @Test
    void limitOverMaximumIs400() {
        invalid(anonymous()).queryParam("limit", 201).get(PLACES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        invalid(anonymous()).queryParam("limit", 0).get(PLACES).then().statusCode(400);
        anonymous().get(PLACES + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void keysetPagesWalkEveryPlaceOnceInNameOrder() {
        String[][] rows = { { "somerset", "Somerset", "E06000066" }, { "newham", "Newham", "E09000025" },
                { "birmingham", "Birmingham", "E08000025" }, { "calderdale", "Calderdale", "E08000033" },
                { "northumberland", "Northumberland", "E06000057" } };
        for (String[] r : rows) {
            create(Map.of("slug", r[0], "name", r[1], "gssCode", r[2], "region", "Region")).then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String url = PLACES + "?limit=2";
        int pages = 0;
        while (url != null) {
            Response page = anonymous().get(url);
            page.then().statusCode(200);
            seen.addAll(page.path("items.name"));
            String cursor = page.path("nextCursor");
            String link = page.header("Link");
            if (cursor == null) {
                assertNull(link, "no Link on the last page");
                url = null;
            } else {
                assertEquals(true, link.endsWith("rel=\"next\"") && link.contains(cursor), link);
                url = link.substring(link.indexOf("/api/"), link.indexOf('>'));
            }
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of("Birmingham", "Calderdale", "Newham", "Northumberland", "Somerset"), seen);
    }

    @Test
    void filterBySlug() {
        create(calderdale()).then().statusCode(201);
        create(Map.of("slug", "newham", "name", "Newham", "gssCode", "E09000025", "region", "London")).then().statusCode(201);
        anonymous().get(PLACES + "?slug=newham").then().statusCode(200)
                .body("items", hasSize(1)).body("items.slug", everyItem(equalTo("newham")));
        anonymous().get(PLACES + "?slug=nowhere").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        anonymous().get(PLACES + "/0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b").then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(emptyOrNullString()));
        invalid(anonymous()).get(PLACES + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }
}
