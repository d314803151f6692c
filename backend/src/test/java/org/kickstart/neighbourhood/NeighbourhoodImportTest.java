package org.kickstart.neighbourhood;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NeighbourhoodImportTest extends ApiTest {

    /** The real IoD2025 rows for the six pilot places, kept beside the project (never copied into it). */
    private static final Path SHARED = Path.of("../../shared/data/imd2025_lsoa_pilot_places.csv");

    private static final String HEADER = "lsoa_code,IMD_decile,IMD_rank,lsoa_name,lad_code\n";

    @BeforeEach
    void world() {
        Fixtures.load(this);
        exec("""
                INSERT INTO place (id, slug, name, gss_code, region, created_at, updated_at, version) VALUES
                  (gen_random_uuid(), 'northumberland', 'Northumberland', 'E06000057', 'North East', now(), now(), 0),
                  (gen_random_uuid(), 'waltham-forest', 'Waltham Forest', 'E09000031', 'London', now(), now(), 0),
                  (gen_random_uuid(), 'birmingham', 'Birmingham', 'E08000025', 'West Midlands', now(), now(), 0)""");
    }

    private String idOf(String slug) {
        return anonymous().queryParam("slug", slug).get("/api/v1/places").then().extract().path("items[0].id");
    }

    private io.restassured.response.Response importCsv(String placeId, String csv) {
        return as(Person.ADMIN).contentType("text/csv").body(csv).post("/api/v1/places/" + placeId + "/neighbourhoods/import");
    }

    @Test
    void theRealIod2025FileImportsForAllSixPlaces() throws Exception {
        assumeTrue(Files.exists(SHARED), "the shared IoD2025 file is not beside the project");
        String csv = Files.readString(SHARED);
        Map<String, Integer> expected = Map.of("northumberland", 200, "calderdale", 129, "waltham-forest", 146,
                "somerset", 339, "birmingham", 659, "newham", 185);
        for (var e : expected.entrySet()) {
            String id = idOf(e.getKey());
            importCsv(id, csv).then().statusCode(200)
                    .body("rows", equalTo(1658)).body("created", equalTo(e.getValue()))
                    .body("updated", equalTo(0)).body("otherDistricts", equalTo(1658 - e.getValue()));
            anonymous().queryParam("limit", 1).get("/api/v1/places/" + id + "/neighbourhoods").then().statusCode(200)
                    .body("total", equalTo(e.getValue()));
        }
        // Importing again updates in place.
        importCsv(idOf("calderdale"), csv).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(129));
        // A few known rows.
        anonymous().queryParam("q", "E01027356").get("/api/v1/places/" + idOf("northumberland") + "/neighbourhoods").then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("Northumberland 004A"))
                .body("items[0].imdDecile", equalTo(8)).body("items[0].imdRank", equalTo(23665))
                .body("items[0].iodEdition", equalTo("IoD2025"));
        anonymous().queryParam("q", "E01027359").get("/api/v1/places/" + idOf("northumberland") + "/neighbourhoods").then()
                .body("items[0].imdDecile", equalTo(3)).body("items[0].imdRank", equalTo(6992));
        anonymous().queryParam("q", "mendip").queryParam("limit", 200).get("/api/v1/places/" + idOf("somerset") + "/neighbourhoods")
                .then().body("items.name", hasItem("Mendip 001A"));
        assertEquals("1658", count("neighbourhood"));
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithAReport() {
        String before = snapshot("neighbourhood");
        String csv = HEADER
                + "E01010577,6,19087,Calderdale 001A,E08000033\n"
                + "E0101057,6,19087,Calderdale 001B,E08000033\n"
                + "E01010579,11,19087,Calderdale 001C,E08000033\n"
                + "E01010580,2,19087,Calderdale 001D,E08000033\n"
                + "E01010581,6,abc,Calderdale 001E,E08000033\n"
                + "E01999999,6,19087,\"Elsewhere, with a comma\",E09000025\n";
        importCsv(Fixtures.CALDERDALE.toString(), csv).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("rows[3].lsoa_code", "rows[4].IMD_decile", "rows[5].IMD_decile",
                        "rows[6].IMD_rank")));
        assertEquals(before, snapshot("neighbourhood"));
    }

    @Test
    void officialFile7HeadersAreUnderstood() {
        String csv = "\"LSOA code (2021)\",\"LSOA name (2021)\",\"Local Authority District code (2024)\","
                + "\"Local Authority District name (2024)\",\"Index of Multiple Deprivation (IMD) Score\","
                + "\"Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)\","
                + "\"Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)\"\r\n"
                + "E01010577,Calderdale 001A,E08000033,Calderdale,12.3,19087,6\r\n"
                + "E01033000,Newham 001A,E09000025,Newham,40.1,1200,1\r\n";
        importCsv(Fixtures.CALDERDALE.toString(), csv).then().statusCode(200)
                .body("created", equalTo(1)).body("otherDistricts", equalTo(1));
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefused() {
        importCsv(Fixtures.CALDERDALE.toString(), "code,name\nE01010577,x\n").then().statusCode(400)
                .body("errors.field", hasItem("header"));
        invalid(as(Person.ADMIN)).contentType("application/json").body("{}")
                .post("/api/v1/places/" + Fixtures.CALDERDALE + "/neighbourhoods/import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private String count(String table) {
        return snapshot(table).split(":")[0];
    }
}
