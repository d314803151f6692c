package org.kickstart.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Health, the served contract, CORS and unknown routes: the platform around the features. */
@QuarkusTest
class PlatformTest extends org.kickstart.support.ApiTest {

    @Test
    void readinessIncludesTheDatabase() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesTheHandWrittenContractAsIs() throws Exception {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String file = Files.readString(Path.of(System.getProperty("kickstart.contract", "../openapi.yaml")));
        assertEquals(true, served.contains("operationId: listPlaces"), "the served document is the contract");
        assertEquals(file.contains("title: Kickstart API"), served.contains("title: Kickstart API"));
        RestAssured.get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        invalid(RestAssured.given()).header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/places").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        String other = invalid(RestAssured.given()).header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/places").then().extract().header("Access-Control-Allow-Origin");
        assertEquals(false, "https://evil.example".equals(other), "never reflects an unknown origin");
    }

    @Test
    void unknownApiRoutesAreProblems() {
        invalid(anonymous()).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
