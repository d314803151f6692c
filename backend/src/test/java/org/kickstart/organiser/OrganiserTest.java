package org.kickstart.organiser;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrganiserTest extends ApiTest {

    @BeforeEach
    void world() {
        Fixtures.load(this);
    }

    @Test
    void meListsThePlacesIOrganise() {
        as(Person.ORGANISER_CALDERDALE).get("/api/v1/me").then().statusCode(200)
                .body("organises.slug", equalTo(List.of("calderdale")));
        as(Person.ANALYST).get("/api/v1/me").then().statusCode(200).body("organises", equalTo(List.of()));
    }

    @Test
    void grantingLetsAnOrganiserWriteThereAndRevokingStopsIt() {
        String somerset = "/api/v1/places/" + Fixtures.SOMERSET;
        Map<String, Object> membership = Map.of("role", "core", "status", "active");
        as(Person.ORGANISER_NEWHAM).body(membership).put(somerset + "/partnership/" + Fixtures.LONER).then().statusCode(403);

        as(Person.ADMIN).put(somerset + "/organisers/" + Person.ORGANISER_NEWHAM.subject).then().statusCode(201)
                .body("username", equalTo("organiser.newham")).body("grantedBy", equalTo("admin"));
        as(Person.ADMIN).put(somerset + "/organisers/" + Person.ORGANISER_NEWHAM.subject).then().statusCode(200);
        as(Person.ORGANISER_NEWHAM).get("/api/v1/me").then().body("organises.slug", equalTo(List.of("newham", "somerset")));
        as(Person.ORGANISER_NEWHAM).get(somerset + "/organisers").then().statusCode(200)
                .body("items.username", equalTo(List.of("organiser.newham")));
        as(Person.ORGANISER_NEWHAM).body(membership).put(somerset + "/partnership/" + Fixtures.LONER).then().statusCode(201);

        as(Person.ADMIN).delete(somerset + "/organisers/" + Person.ORGANISER_NEWHAM.subject).then().statusCode(204);
        as(Person.ORGANISER_NEWHAM).get(somerset + "/partnership/" + Fixtures.LONER).then().statusCode(200);
        as(Person.ORGANISER_NEWHAM).header("If-Match", "\"0\"").delete(somerset + "/partnership/" + Fixtures.LONER)
                .then().statusCode(403);
    }

    @Test
    void analystsNeverWriteEvenIfGrantedAPlace() {
        as(Person.ADMIN).put("/api/v1/places/" + Fixtures.CALDERDALE + "/organisers/" + Person.ANALYST.subject).then().statusCode(201);
        as(Person.ANALYST).body(Map.of("role", "core", "status", "active"))
                .put("/api/v1/places/" + Fixtures.CALDERDALE + "/partnership/" + Fixtures.LONER).then().statusCode(403);
    }

    @Test
    void usersAreFoundByNameAndUnknownSubjectsCannotBeGranted() {
        as(Person.ADMIN).queryParam("q", "NEWHAM").get("/api/v1/users").then().statusCode(200)
                .body("items.username", equalTo(List.of("organiser.newham")));
        as(Person.ADMIN).put("/api/v1/places/" + Fixtures.SOMERSET + "/organisers/never-signed-in").then().statusCode(404);
    }
}
