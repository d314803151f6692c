package org.kickstart.event;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class EventResourceTest extends ApiTest {

    static final String EVENTS = "/api/v1/events";
    static final String OCCURRENCES = "/api/v1/occurrences";
    static final UUID COHOST = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000010");
    private static final String WORLD = "event, event_host, attendance";

    @BeforeEach
    void world() {
        Fixtures.load(this);
        addCohost(this);
    }

    /** A second member of Calderdale's partnership, so events can be co-hosted. */
    static void addCohost(ApiTest t) {
        t.exec("""
                INSERT INTO partner (id, name, type, created_by, created_at, updated_at, version)
                VALUES ('%s', 'St Mary''s Church', 'faith', '%s', now(), now(), 0);
                INSERT INTO partnership_membership (id, place_id, partner_id, role, commitments, status, created_at, updated_at, version)
                VALUES ('%s', '%s', '%s', 'supporting', '{}', 'active', now(), now(), 0)
                """.formatted(COHOST, Person.ADMIN.subject, UUID.randomUUID(), Fixtures.CALDERDALE, COHOST));
    }

    static Map<String, Object> event(String title, String start, String end, String rule) {
        Map<String, Object> e = new HashMap<>();
        e.put("placeId", Fixtures.CALDERDALE.toString());
        e.put("spaceId", Fixtures.SPACE.toString());
        e.put("hostPartnerIds", List.of(Fixtures.MEMBER.toString()));
        e.put("title", title);
        e.put("category", "social");
        e.put("audiences", List.of("all_ages"));
        e.put("start", start);
        e.put("end", end);
        if (rule != null) {
            e.put("recurrence", rule);
        }
        return e;
    }

    private Response create(Map<String, Object> body) {
        return as(Person.ORGANISER_CALDERDALE).body(body).post(EVENTS).then().statusCode(201).extract().response();
    }

    /** A Tuesday some weeks before today, in London. */
    private static LocalDate tuesdaysAgo(int weeks) {
        return LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.previous(DayOfWeek.TUESDAY)).minusWeeks(weeks);
    }

    @Test
    void aWeeklyCoHostedEventKeepsItsWallClockTimeAndShowsTheLondonOffset() {
        Map<String, Object> body = event("Coffee, cake; and chat", "2027-03-23T10:00", "2027-03-23T12:00",
                "freq=weekly;byday=TU;until=20270413");
        body.put("hostPartnerIds", List.of(COHOST.toString(), Fixtures.MEMBER.toString()));
        body.put("cost", "free");
        Response r = create(body);
        r.then().header("ETag", "\"0\"").header("Location", containsString("/api/v1/events/"))
                .body("start", equalTo("2027-03-23T10:00:00Z"))
                .body("end", equalTo("2027-03-23T12:00:00Z"))
                .body("timeZone", equalTo("Europe/London"))
                .body("recurrence", equalTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270413"))
                .body("hosts.name", equalTo(List.of("St Mary's Church", "Halifax Community Hub")))
                .body("spaceName", equalTo("Halifax Hub"))
                .body("lastOccurrenceEnd", equalTo("2027-04-13T12:00:00+01:00"))
                .body("status", equalTo("scheduled"));
        // Clocks go forward on 28 March 2027: the session stays at 10:00 on the wall clock.
        anonymous().queryParam("from", "2027-03-01").queryParam("to", "2027-04-30").get(OCCURRENCES).then().statusCode(200)
                .body("items.start", equalTo(List.of("2027-03-23T10:00:00Z", "2027-03-30T10:00:00+01:00",
                        "2027-04-06T10:00:00+01:00", "2027-04-13T10:00:00+01:00")))
                .body("items[1].end", equalTo("2027-03-30T12:00:00+01:00"))
                .body("items[0].hosts.size()", equalTo(2))
                .body("items[0].recurring", equalTo(true));
    }

    @Test
    void occurrencesOfManyEventsComeInTimeOrderAndFilterAndPage() {
        create(event("Monday lunch", "2027-01-04T12:00", "2027-01-04T13:00", "FREQ=WEEKLY;BYDAY=MO"));
        Map<String, Object> youth = event("Youth club", "2027-01-05T18:00", "2027-01-05T20:00", "FREQ=WEEKLY;BYDAY=TU,TH");
        youth.put("category", "sport_movement");
        youth.put("audiences", List.of("young_people"));
        youth.put("hostPartnerIds", List.of(COHOST.toString()));
        create(youth);
        create(event("Second Tuesday supper", "2027-01-12T17:00", "2027-01-12T19:00", "FREQ=MONTHLY;BYDAY=2TU"));
        create(event("New Year party", "2027-01-08T19:00", "2027-01-08T23:00", null));

        Response week = anonymous().queryParam("from", "2027-01-11").queryParam("to", "2027-01-17")
                .queryParam("place", Fixtures.CALDERDALE.toString()).get(OCCURRENCES);
        week.then().statusCode(200)
                .body("items.title", equalTo(List.of("Monday lunch", "Second Tuesday supper", "Youth club", "Youth club")))
                .body("items.date", equalTo(List.of("2027-01-11", "2027-01-12", "2027-01-12", "2027-01-14")));

        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("category", "sport_movement")
                .get(OCCURRENCES).then().body("items.size()", equalTo(8));
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("audience", "young_people")
                .get(OCCURRENCES).then().body("items.size()", equalTo(8));
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("partner", COHOST.toString())
                .get(OCCURRENCES).then().body("items.title", equalTo(java.util.Collections.nCopies(8, "Youth club")));
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-10").get(OCCURRENCES).then()
                .body("items.title", hasItem("New Year party"));

        // Paging in time order: 4 + 8 + 1 + 1 occurrences in January, 5 at a time.
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("limit", 5);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get(OCCURRENCES);
            page.then().statusCode(200);
            seen.addAll(page.path("items.start"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(14, seen.size());
        assertEquals(3, pages);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
    }

    @Test
    void theWindowIsRequiredAndAtMostAYear() {
        invalid(anonymous()).queryParam("to", "2027-01-31").get(OCCURRENCES).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2028-01-02").get(OCCURRENCES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-12-31").get(OCCURRENCES).then().statusCode(200);
        anonymous().queryParam("from", "2027-02-01").queryParam("to", "2027-01-31").get(OCCURRENCES).then().statusCode(400);
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("cursor", "bm9wZQ")
                .get(OCCURRENCES).then().statusCode(400).body("errors.field", equalTo(List.of("cursor")));
        invalid(anonymous()).queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("category", "parties")
                .get(OCCURRENCES).then().statusCode(400).body("errors.field", equalTo(List.of("category")));
    }

    @Test
    void badSchedulesAreRefusedNamingTheProblemAndChangeNothing() {
        String before = snapshot("event") + snapshot("event_host");
        Map<String, Object> e = event("Bad", "2027-01-05T10:00", "2027-01-05T12:00", "FREQ=WEEKLY;BYMONTHDAY=5");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("recurrence"))).body("errors[0].message", containsString("BYMONTHDAY"));
        e.put("recurrence", "FREQ=YEARLY");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400).body("errors[0].message", containsString("FREQ=YEARLY"));
        // 5 January 2027 is a Tuesday: a Monday rule does not give it.
        e.put("recurrence", "FREQ=WEEKLY;BYDAY=MO");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400).body("errors.field", equalTo(List.of("start")));
        e.put("recurrence", "FREQ=WEEKLY;UNTIL=20261231");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400).body("errors[0].message", containsString("UNTIL"));
        e.put("recurrence", "FREQ=WEEKLY");
        e.put("end", "2027-01-05T09:00");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400).body("errors.field", equalTo(List.of("end")));
        // The hour skipped when the clocks go forward.
        e.put("start", "2027-03-28T01:30");
        e.put("end", "2027-03-28T03:00");
        e.put("recurrence", "FREQ=DAILY");
        as(Person.ORGANISER_CALDERDALE).body(e).post(EVENTS).then().statusCode(400).body("errors.field", equalTo(List.of("start")))
                .body("errors[0].message", containsString("clocks go forward"));
        // Hosts must be in the partnership; the space must be in the place.
        Map<String, Object> hosts = event("Hosts", "2027-01-05T10:00", "2027-01-05T12:00", null);
        hosts.put("hostPartnerIds", List.of(Fixtures.MEMBER.toString(), Fixtures.LONER.toString()));
        exec("INSERT INTO space (id, place_id, name, kind, mode, lat, lon, status, created_at, updated_at, version) VALUES "
                + "('cccccccc-0000-4000-8000-000000000099', '" + Fixtures.NEWHAM + "', 'Stratford', 'library', 'physical', 51.54, 0.0, 'open', now(), now(), 0)");
        hosts.put("spaceId", "cccccccc-0000-4000-8000-000000000099");
        hosts.put("audiences", List.of("language_community"));
        as(Person.ORGANISER_CALDERDALE).body(hosts).post(EVENTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("spaceId", "hostPartnerIds[1]", "languages")));
        // Exceptions need a rule, and a date the rule gives.
        Map<String, Object> ex = event("Exceptions", "2027-01-05T10:00", "2027-01-05T12:00", "FREQ=WEEKLY;BYDAY=TU");
        ex.put("exceptions", List.of(Map.of("date", "2027-01-13", "cancelled", true),
                Map.of("date", "2027-01-19", "cancelled", true, "start", "2027-01-20T10:00", "end", "2027-01-20T11:00"),
                Map.of("date", "2027-01-26")));
        as(Person.ORGANISER_CALDERDALE).body(ex).post(EVENTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("exceptions[0].date", "exceptions[1]", "exceptions[2]")));
        invalid(as(Person.ORGANISER_CALDERDALE)).body(Map.of("placeId", Fixtures.CALDERDALE.toString(), "title", "x"))
                .post(EVENTS).then().statusCode(400);
        assertEquals(before, snapshot("event") + snapshot("event_host"));
    }

    @Test
    void cancellingAndMovingDatesShowsInWhatsOn() {
        Response r = create(event("Knit and natter", "2027-02-02T14:00", "2027-02-02T16:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=4"));
        String id = r.path("id");
        Map<String, Object> change = event("Knit and natter", "2027-02-02T14:00", "2027-02-02T16:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        change.put("exceptions", List.of(Map.of("date", "2027-02-09", "cancelled", true, "note", "Hall booked"),
                Map.of("date", "2027-02-16", "start", "2027-02-17T14:00:00Z", "end", "2027-02-17T16:00")));
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(change).put(EVENTS + "/" + id).then().statusCode(200)
                .body("exceptions.date", equalTo(List.of("2027-02-09", "2027-02-16")))
                .body("exceptions[0].cancelled", equalTo(true))
                .body("exceptions[1].start", equalTo("2027-02-17T14:00:00Z"))
                .body("version", equalTo(1));
        anonymous().queryParam("from", "2027-02-01").queryParam("to", "2027-02-28").queryParam("event", id).get(OCCURRENCES).then()
                .body("items.status", equalTo(List.of("scheduled", "cancelled", "moved", "scheduled")))
                .body("items[1].note", equalTo("Hall booked"))
                .body("items[2].date", equalTo("2027-02-16"))
                .body("items[2].start", equalTo("2027-02-17T14:00:00Z"))
                .body("items[2].originalStart", equalTo("2027-02-16T14:00:00Z"));
        // A stale version is refused.
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(change).put(EVENTS + "/" + id).then().statusCode(412);
        as(Person.ORGANISER_CALDERDALE).body(change).put(EVENTS + "/" + id).then().statusCode(428);
    }

    @Test
    void attendanceIsForPastOccurrencesTheScheduleGives() {
        LocalDate first = tuesdaysAgo(6);
        Map<String, Object> body = event("Tuesday club", first + "T10:00", first + "T12:00", "FREQ=WEEKLY;BYDAY=TU");
        body.put("exceptions", List.of(Map.of("date", first.plusWeeks(1).toString(), "cancelled", true)));
        String id = create(body).path("id");
        String url = EVENTS + "/" + id + "/occurrences/%s/attendance";
        Map<String, Object> came = Map.of("total", 14, "firstTime", 3, "ageBands", Map.of("age65to74", 6, "age75plus", 4));

        as(Person.ORGANISER_CALDERDALE).body(came).put(url.formatted(first)).then().statusCode(201)
                .body("total", equalTo(14)).body("firstTime", equalTo(3)).body("ageBands.age75plus", equalTo(4))
                .body("recordedBy", equalTo("organiser.calderdale"));
        as(Person.ORGANISER_CALDERDALE).body(Map.of("total", 15, "firstTime", 3)).put(url.formatted(first)).then().statusCode(200)
                .body("total", equalTo(15)).body("ageBands", nullValue());

        String before = snapshot("attendance");
        // Cancelled, not a date of the rule, in the future, more first-timers than people.
        as(Person.ORGANISER_CALDERDALE).body(came).put(url.formatted(first.plusWeeks(1))).then().statusCode(409)
                .body("detail", containsString("cancelled"));
        as(Person.ORGANISER_CALDERDALE).body(came).put(url.formatted(first.plusDays(1))).then().statusCode(404);
        as(Person.ORGANISER_CALDERDALE).body(came).put(url.formatted(first.plusWeeks(8))).then().statusCode(409)
                .body("detail", containsString("has not started"));
        as(Person.ORGANISER_CALDERDALE).body(Map.of("total", 3, "firstTime", 4, "ageBands", Map.of("under16", 9)))
                .put(url.formatted(first.plusWeeks(2))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("firstTime", "ageBands")));
        invalid(as(Person.ORGANISER_CALDERDALE)).body(Map.of("total", -1, "firstTime", 0)).put(url.formatted(first.plusWeeks(2)))
                .then().statusCode(400);
        as(Person.ORGANISER_NEWHAM).body(came).put(url.formatted(first.plusWeeks(2))).then().statusCode(403);
        assertEquals(before, snapshot("attendance"));

        // What's on carries what was recorded.
        anonymous().queryParam("from", first.toString()).queryParam("to", first.toString()).get(OCCURRENCES).then()
                .body("items[0].attendance.total", equalTo(15));

        // A new schedule may not drop an attended date; the event may not be deleted, only cancelled.
        Map<String, Object> moved = event("Tuesday club", first.plusDays(1) + "T10:00", first.plusDays(1) + "T12:00", "FREQ=WEEKLY;BYDAY=WE");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(moved).put(EVENTS + "/" + id).then().statusCode(409)
                .body("detail", containsString(first.toString()));
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").delete(EVENTS + "/" + id).then().statusCode(409);
        body.put("status", "cancelled");
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(body).put(EVENTS + "/" + id).then().statusCode(200);
        anonymous().queryParam("from", first.toString()).queryParam("to", first.plusWeeks(3).toString()).queryParam("event", id)
                .get(OCCURRENCES).then().body("items.status", equalTo(List.of("cancelled", "cancelled", "cancelled", "cancelled")));
        assertEquals(before, snapshot("attendance"));
    }

    @Test
    void listingFiltersAndDeletingFreesTheSpaceAndPartner() {
        String a = create(event("Art club", "2027-01-05T10:00", "2027-01-05T12:00", "FREQ=WEEKLY")).path("id");
        Map<String, Object> food = event("Community meal", "2027-01-06T18:00", "2027-01-06T20:00", "FREQ=WEEKLY");
        food.put("category", "food");
        food.remove("spaceId");
        create(food);
        anonymous().queryParam("place", Fixtures.CALDERDALE.toString()).get(EVENTS).then().statusCode(200)
                .body("items.title", equalTo(List.of("Art club", "Community meal")));
        anonymous().queryParam("category", "food").get(EVENTS).then().body("items.title", equalTo(List.of("Community meal")));
        anonymous().queryParam("space", Fixtures.SPACE.toString()).get(EVENTS).then().body("items.title", equalTo(List.of("Art club")));
        anonymous().queryParam("q", "meal").get(EVENTS).then().body("items.title", equalTo(List.of("Community meal")));
        anonymous().queryParam("limit", 1).get(EVENTS).then().body("items.title", equalTo(List.of("Art club")))
                .header("Link", containsString("rel=\"next\""));
        // The space and the host cannot go while the event uses them.
        String spaceTag = anonymous().get("/api/v1/spaces/" + Fixtures.SPACE).header("ETag");
        as(Person.ADMIN).header("If-Match", spaceTag).delete("/api/v1/spaces/" + Fixtures.SPACE).then().statusCode(409)
                .body("detail", containsString("1 event"));
        String memberTag = anonymous().get("/api/v1/places/" + Fixtures.CALDERDALE + "/partnership/" + Fixtures.MEMBER).header("ETag");
        as(Person.ADMIN).header("If-Match", memberTag).delete("/api/v1/places/" + Fixtures.CALDERDALE + "/partnership/" + Fixtures.MEMBER)
                .then().statusCode(409).body("detail", containsString("hosts 2 events"));
        as(Person.ORGANISER_NEWHAM).header("If-Match", "\"0\"").delete(EVENTS + "/" + a).then().statusCode(403);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").delete(EVENTS + "/" + a).then().statusCode(204);
        anonymous().get(EVENTS + "/" + a).then().statusCode(404);
        assertNull(anonymous().queryParam("space", Fixtures.SPACE.toString()).get(EVENTS).path("items[0]"));
        as(Person.ADMIN).header("If-Match", spaceTag).delete("/api/v1/spaces/" + Fixtures.SPACE).then().statusCode(204);
    }

    @Test
    void offsetTimesFromAClientAreReadAsLondonWallClock() {
        // What a client read back (with offset) can be sent again unchanged.
        Response r = create(event("Summer fair", "2027-07-03T11:00:00+01:00", "2027-07-03T16:00:00+01:00", null));
        r.then().body("start", equalTo("2027-07-03T11:00:00+01:00"));
        Map<String, Object> again = event("Summer fair", r.path("start"), r.path("end"), null);
        as(Person.ORGANISER_CALDERDALE).header("If-Match", "\"0\"").body(again).put(EVENTS + "/" + r.path("id")).then()
                .statusCode(200).body("start", equalTo("2027-07-03T11:00:00+01:00")).body("end", equalTo("2027-07-03T16:00:00+01:00"));
        Response utc = create(event("Summer fair 2", "2027-07-03T10:00Z", "2027-07-03T15:00Z", null));
        utc.then().body("start", equalTo("2027-07-03T11:00:00+01:00"));
        assertNotNull(utc.path("id"));
        assertTrue(utc.path("lastOccurrenceEnd").toString().startsWith("2027-07-03T16:00"));
    }
}
