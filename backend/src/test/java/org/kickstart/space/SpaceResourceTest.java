package org.kickstart.space;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SpaceResourceTest extends ApiTest {

    private static final String SPACES = "/api/v1/spaces";
    /** Halifax town centre (Piece Hall) and known points at measured distances from it. */
    private static final double HX_LAT = 53.7300, HX_LON = -1.8600;

    @BeforeEach
    void world() {
        Fixtures.load(this);
        exec("DELETE FROM space"); // these tests place every space themselves
    }

    static Map<String, Object> space(String name, double lat, double lon) {
        Map<String, Object> s = new HashMap<>();
        s.put("placeId", Fixtures.CALDERDALE.toString());
        s.put("name", name);
        s.put("kind", "community_centre");
        s.put("mode", "physical");
        s.put("location", Map.of("lat", lat, "lon", lon));
        s.put("postcode", "hx1 1rE");
        return s;
    }

    private String create(Map<String, Object> body) {
        return as(Person.ORGANISER_CALDERDALE).body(body).post(SPACES).then().statusCode(201).extract().path("id");
    }

    @Test
    void nearOrdersByDistanceAndReportsIt() {
        // ~0.11 km, ~1.1 km and ~5.6 km north of the point, and one 0.5 km east.
        create(space("Far", HX_LAT + 0.05, HX_LON));
        create(space("Near", HX_LAT + 0.001, HX_LON));
        create(space("Middle", HX_LAT + 0.01, HX_LON));
        create(space("East", HX_LAT, HX_LON + 0.0076));
        Response r = anonymous().queryParam("near", HX_LAT + "," + HX_LON).queryParam("radius", 3000).get(SPACES);
        r.then().statusCode(200).body("items.name", equalTo(List.of("Near", "East", "Middle")));
        List<Float> d = r.path("items.distanceMetres");
        assertEquals(111.2, d.get(0), 1.0);
        assertEquals(501.0, d.get(1), 5.0);
        assertEquals(1112.0, d.get(2), 5.0);
        // Paging by distance keeps the order across pages.
        Response first = anonymous().queryParam("near", HX_LAT + "," + HX_LON).queryParam("radius", 10000).queryParam("limit", 2).get(SPACES);
        first.then().body("items.name", equalTo(List.of("Near", "East")));
        anonymous().queryParam("near", HX_LAT + "," + HX_LON).queryParam("radius", 10000).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor")).get(SPACES).then()
                .body("items.name", equalTo(List.of("Middle", "Far"))).body("nextCursor", nullValue());
    }

    @Test
    void bboxAndCombinedFilters() {
        Map<String, Object> library = space("Central Library", HX_LAT, HX_LON);
        library.put("kind", "library");
        library.put("accessibility", List.of("step_free", "hearing_loop"));
        library.put("welcome", List.of("warm_space"));
        create(library);
        Map<String, Object> hall = space("Church Hall", HX_LAT + 0.002, HX_LON + 0.002);
        hall.put("accessibility", List.of("step_free"));
        create(hall);
        create(space("Todmorden Hub", 53.7137, -2.0975));

        anonymous().queryParam("bbox", "-1.90,53.70,-1.80,53.75").get(SPACES).then().statusCode(200)
                .body("items.name", equalTo(List.of("Central Library", "Church Hall")));
        anonymous().queryParam("feature", "step_free").queryParam("feature", "warm_space").get(SPACES).then()
                .body("items.name", equalTo(List.of("Central Library")));
        anonymous().queryParam("feature", "step_free").queryParam("kind", "community_centre").get(SPACES).then()
                .body("items.name", equalTo(List.of("Church Hall")));
        anonymous().queryParam("q", "todmorden").queryParam("place", Fixtures.CALDERDALE.toString()).get(SPACES).then()
                .body("items.name", equalTo(List.of("Todmorden Hub")));
        anonymous().queryParam("place", Fixtures.NEWHAM.toString()).get(SPACES).then().body("items", hasSize(0));
        anonymous().get(SPACES + "/" + create(library)).then().body("accessibility", equalTo(List.of("hearing_loop", "step_free")))
                .body("welcome", equalTo(List.of("warm_space"))).body("postcode", equalTo("HX1 1RE"));
    }

    @Test
    void lifecycleMovesAreRecordedAndWrongOnesRefused() {
        String id = create(space("New Hub", HX_LAT, HX_LON));
        Response s = anonymous().get(SPACES + "/" + id);
        s.then().body("status", equalTo("idea")).body("history", hasSize(1));
        String etag = s.header("ETag");
        for (String to : List.of("planned", "in_development", "open", "closed", "open")) {
            etag = as(Person.ORGANISER_CALDERDALE).header("If-Match", etag).body(Map.of("status", to, "note", "to " + to))
                    .post(SPACES + "/" + id + "/status").then().statusCode(200).body("status", equalTo(to)).extract().header("ETag");
        }
        anonymous().get(SPACES + "/" + id).then().body("history", hasSize(6))
                .body("history[5].from", equalTo("closed")).body("history[5].to", equalTo("open"))
                .body("history[5].by", equalTo("organiser.calderdale")).body("history[5].note", equalTo("to open"));

        String before = snapshot("space") + snapshot("space_status_change");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", etag).body(Map.of("status", "idea"))
                .post(SPACES + "/" + id + "/status").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot go from open to idea"));
        as(Person.ORGANISER_NEWHAM).header("If-Match", etag).body(Map.of("status", "closed"))
                .post(SPACES + "/" + id + "/status").then().statusCode(403);
        Map<String, Object> sneaky = space("New Hub", HX_LAT, HX_LON);
        sneaky.put("status", "closed");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", etag).body(sneaky).put(SPACES + "/" + id).then().statusCode(409);
        assertEquals(before, snapshot("space") + snapshot("space_status_change"));
    }

    @Test
    void virtualSpacesNeedALinkAndPhysicalOnesAPlace() {
        Map<String, Object> online = new HashMap<>();
        online.put("placeId", Fixtures.CALDERDALE.toString());
        online.put("name", "Calder Chat");
        online.put("kind", "online");
        online.put("mode", "virtual");
        String before = snapshot("space");
        as(Person.ADMIN).body(online).post(SPACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("url", "platform")));
        online.put("url", "https://chat.example.org/calder");
        online.put("platform", "Discord");
        String id = as(Person.ADMIN).body(online).post(SPACES).then().statusCode(201).body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("location"))).extract().path("id");

        Map<String, Object> hybrid = space("Hybrid Hall", HX_LAT, HX_LON);
        hybrid.put("mode", "hybrid");
        as(Person.ADMIN).body(hybrid).post(SPACES).then().statusCode(400).body("errors.field", equalTo(List.of("url", "platform")));
        Map<String, Object> nowhere = new HashMap<>(online);
        nowhere.put("mode", "physical");
        nowhere.remove("url");
        as(Person.ADMIN).body(nowhere).post(SPACES).then().statusCode(400).body("errors.field", equalTo(List.of("location")));
        assertEquals(Integer.parseInt(before.split(":")[0]) + 1, Integer.parseInt(snapshot("space").split(":")[0]));
        anonymous().queryParam("mode", "virtual").get(SPACES).then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void badCoordinatesAndPostcodesAre400WithFieldsAndStoreNothing() {
        String before = snapshot("space");
        as(Person.ADMIN).body(space("Paris", 48.8566, 2.3522)).post(SPACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("location.lat", "location.lon")))
                .body("errors[0].message", containsString("United Kingdom"));
        invalid(as(Person.ADMIN)).body(space("Nonsense", 123.0, 2.0)).post(SPACES).then().statusCode(400)
                .body("errors.field", hasItem("location.lat"));
        Map<String, Object> badPostcode = space("Hall", HX_LAT, HX_LON);
        badPostcode.put("postcode", "HX1");
        invalid(as(Person.ADMIN)).body(badPostcode).post(SPACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("postcode")));
        Map<String, Object> noLon = space("Hall", HX_LAT, HX_LON);
        noLon.put("location", Map.of("lat", HX_LAT));
        invalid(as(Person.ADMIN)).body(noLon).post(SPACES).then().statusCode(400).body("errors.field", equalTo(List.of("location.lon")));
        Map<String, Object> hours = space("Hall", HX_LAT, HX_LON);
        hours.put("openingHours", Map.of("periods", List.of(Map.of("day", "mon", "opens", "17:00", "closes", "09:00"))));
        as(Person.ADMIN).body(hours).post(SPACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("openingHours.periods[0].closes")));
        Map<String, Object> wrongNeighbourhood = space("Hall", HX_LAT, HX_LON);
        wrongNeighbourhood.put("neighbourhoodCode", "E01000001");
        as(Person.ADMIN).body(wrongNeighbourhood).post(SPACES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("neighbourhoodCode")));
        invalid(anonymous()).queryParam("near", "north").get(SPACES).then().statusCode(400).body("errors.field", equalTo(List.of("near")));
        anonymous().queryParam("bbox", "1,2,0,1").get(SPACES).then().statusCode(400).body("errors.field", equalTo(List.of("bbox")));
        invalid(anonymous()).queryParam("feature", "jacuzzi").get(SPACES).then().statusCode(400);
        assertEquals(before, snapshot("space"));
    }

    @Test
    void geoJsonIsAValidRfc7946FeatureCollection() throws Exception {
        Map<String, Object> hall = space("Piece Hall", HX_LAT, HX_LON);
        hall.put("openingHours", Map.of("periods", List.of(Map.of("day", "sat", "opens", "10:00", "closes", "17:00")), "note", "Closed 25 Dec"));
        create(hall);
        Map<String, Object> online = new HashMap<>();
        online.put("placeId", Fixtures.CALDERDALE.toString());
        online.put("name", "Calder Chat");
        online.put("kind", "online");
        online.put("mode", "virtual");
        online.put("url", "https://chat.example.org");
        online.put("platform", "Zoom");
        create(online);
        String body = anonymous().accept("application/geo+json").get(SPACES).then().statusCode(200)
                .contentType("application/geo+json").extract().asString();
        JsonNode fc = new ObjectMapper().readTree(body);
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(f.has("geometry") && f.has("properties"), "RFC 7946 §3.2: geometry and properties members");
            assertTrue(f.get("id").isTextual());
            JsonNode g = f.get("geometry");
            if (!g.isNull()) {
                assertEquals("Point", g.get("type").asText());
                // RFC 7946 §3.1.1: longitude first, then latitude, in WGS84.
                assertEquals(HX_LON, g.get("coordinates").get(0).asDouble(), 1e-9);
                assertEquals(HX_LAT, g.get("coordinates").get(1).asDouble(), 1e-9);
                assertEquals(2, g.get("coordinates").size());
            } else {
                assertEquals("virtual", f.get("properties").get("mode").asText());
            }
            assertTrue(!f.get("properties").has("location"));
        }
        assertTrue(!fc.has("crs"), "RFC 7946 removed crs: WGS84 is implied");
    }

    @Test
    void pipelineCountsEveryStage() {
        String id = create(space("One", HX_LAT, HX_LON));
        Map<String, Object> open = space("Two", HX_LAT, HX_LON);
        open.put("status", "open");
        create(open);
        anonymous().get("/api/v1/places/" + Fixtures.CALDERDALE + "/pipeline").then().statusCode(200)
                .body("byStatus.idea", equalTo(1)).body("byStatus.open", equalTo(1)).body("byStatus.planned", equalTo(0))
                .body("byMode.physical", equalTo(2)).body("total", equalTo(2));
        assertTrue(id != null);
    }
}
