package org.kickstart.neighbourhood;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
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

/**
 * Boundaries from GeoJSON: checked feature by feature, all or nothing, and what they change in
 * gap analysis (spaces placed by location, open spaces within walking distance).
 */
@QuarkusTest
class NeighbourhoodBoundaryTest extends ApiTest {

    // Two neighbouring squares in Halifax, each about 660 m wide and 670 m tall.
    static final String WEST = square(-1.880, 53.720);
    static final String EAST = square(-1.870, 53.720);

    static String square(double lon, double lat) {
        return "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}".formatted(lon, lat,
                lon + 0.01, lat, lon + 0.01, lat + 0.006, lon, lat + 0.006, lon, lat);
    }

    static String feature(String code, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": {\"LSOA21CD\": \"" + code + "\", \"LSOA21NM\": \"x\"}, \"geometry\": " + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"name\": \"LSOA_2021\", \"features\": [" + String.join(", ", features) + "]}";
    }

    @BeforeEach
    void world() {
        Fixtures.load(this);
        exec("""
                INSERT INTO neighbourhood (code, place_id, name, imd_decile, imd_rank, iod_edition, updated_at) VALUES
                  ('E01010001', '%1$s', 'Calderdale 001A', 1, 100, 'IoD2025', now()),
                  ('E01010002', '%1$s', 'Calderdale 002A', 9, 30000, 'IoD2025', now());
                -- In the east square, about 330 m from the west one, with no neighbourhood recorded.
                UPDATE space SET lat = 53.7230, lon = -1.8650, status = 'open', neighbourhood_code = NULL WHERE id = '%2$s';
                """.formatted(Fixtures.CALDERDALE, Fixtures.SPACE));
    }

    private Response load(String body) {
        return as(Person.ADMIN).contentType("application/geo+json").body(body)
                .post("/api/v1/places/" + Fixtures.CALDERDALE + "/neighbourhoods/boundaries");
    }

    private Response gaps(int radius) {
        return anonymous().queryParam("radius", radius).get("/api/v1/places/" + Fixtures.CALDERDALE + "/gaps");
    }

    private Map<String, Object> row(Response r, String code) {
        List<Map<String, Object>> items = r.path("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    @Test
    void badFeaturesAreNamedAndNothingIsStored() {
        String before = snapshot("neighbourhood");
        String bowTie = "{\"type\": \"Polygon\", \"coordinates\": [[[-1.88, 53.72], [-1.87, 53.726], [-1.87, 53.72], [-1.88, 53.726], [-1.88, 53.72]]]}";
        String nationalGrid = "{\"type\": \"Polygon\", \"coordinates\": [[[409000, 425000], [410000, 425000], [410000, 426000], [409000, 425000]]]}";
        load(collection(feature("E01010001", WEST), feature("E01010002", bowTie),
                "{\"type\": \"Feature\", \"properties\": {\"name\": \"no code\"}, \"geometry\": " + WEST + "}",
                feature("E01010002", "{\"type\": \"Point\", \"coordinates\": [-1.87, 53.72]}"),
                feature("E01010001", nationalGrid)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("features[1].geometry", "features[2].properties.LSOA21CD", "features[3].properties.LSOA21CD",
                        "features[4].properties.LSOA21CD")))
                .body("errors[0].message", startsWith("is not a valid polygon: Self-intersection"));
        // A code can come only once; after that, its geometry is checked on its own.
        load(collection(feature("E01010002", "{\"type\": \"Point\", \"coordinates\": [-1.87, 53.72]}"), feature("E01010001", nationalGrid)))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("features[0].geometry.type", "features[1].geometry.coordinates")))
                .body("errors[1].message", startsWith("must be longitude and latitude in WGS 84"));
        invalid(as(Person.ADMIN)).contentType("application/geo+json").body("{\"type\": \"Feature\"}")
                .post("/api/v1/places/" + Fixtures.CALDERDALE + "/neighbourhoods/boundaries")
                .then().statusCode(400).body("errors.field", equalTo(List.of("features", "type")));
        invalid(as(Person.ADMIN)).contentType("application/geo+json").body("{\"type\": \"FeatureCollection\", \"features\": [")
                .post("/api/v1/places/" + Fixtures.CALDERDALE + "/neighbourhoods/boundaries").then().statusCode(400);
        as(Person.ORGANISER_CALDERDALE).contentType("application/geo+json").body(collection(feature("E01010001", WEST)))
                .post("/api/v1/places/" + Fixtures.CALDERDALE + "/neighbourhoods/boundaries").then().statusCode(403);
        assertEquals(before, snapshot("neighbourhood"));
        gaps(800).then().statusCode(200).body("boundariesLoaded", equalTo(false));
    }

    @Test
    void boundariesPlaceSpacesAndCountWhatIsWithinWalkingDistance() {
        // Before: the space has no neighbourhood recorded, so it counts nowhere.
        Response none = gaps(800);
        none.then().statusCode(200).body("boundariesLoaded", equalTo(false));
        assertEquals(0, row(none, "E01010002").get("openSpaces"));

        // One of two: still not comparable, so no nearby counts yet — but the space is placed.
        load(collection(feature("E01010002", EAST))).then().statusCode(200)
                .body("features", equalTo(1)).body("loaded", equalTo(1)).body("otherCodes", equalTo(0)).body("withoutBoundary", equalTo(1));
        Response half = gaps(800);
        half.then().body("boundariesLoaded", equalTo(false));
        assertEquals(1, row(half, "E01010002").get("openSpaces"));
        assertEquals(false, row(half, "E01010002").containsKey("nearbyOpenSpaces"));

        // A file for more than this place: other codes are skipped and counted.
        load(collection(feature("E01010001", WEST), feature("E01099999", EAST))).then().statusCode(200)
                .body("loaded", equalTo(1)).body("otherCodes", equalTo(1)).body("withoutBoundary", equalTo(0));
        Response all = gaps(800);
        all.then().body("boundariesLoaded", equalTo(true)).body("radiusMetres", equalTo(800));
        assertEquals(1, row(all, "E01010001").get("nearbyOpenSpaces"));
        assertEquals(0, row(all, "E01010001").get("openSpaces"));
        assertEquals(1, row(all, "E01010002").get("nearbyOpenSpaces"));
        // 330 m away is not within 100 m.
        Response close = gaps(100);
        assertEquals(0, row(close, "E01010001").get("nearbyOpenSpaces"));
        assertEquals(1, row(close, "E01010002").get("nearbyOpenSpaces"));
        assertEquals("MULTIPOLYGON", one("SELECT GeometryType(boundary::geometry) FROM neighbourhood WHERE code = 'E01010001'"));
    }
}
