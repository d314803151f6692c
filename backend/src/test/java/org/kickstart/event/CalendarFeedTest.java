package org.kickstart.event;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickstart.support.ApiTest;
import org.kickstart.support.Fixtures;
import org.kickstart.support.Tokens.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * Every feed read back by a real iCalendar parser (ical4j), the way a calendar app reads it: the
 * occurrences it computes must be exactly those What's on lists.
 */
@QuarkusTest
class CalendarFeedTest extends ApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String FROM = "2026-12-01", TO = "2027-11-30";

    private String weekly;
    private String monthly;

    @BeforeEach
    void world() {
        Fixtures.load(this);
        EventResourceTest.addCohost(this);
        // Weekly across both clock changes, with a cancelled date and a moved one; text that needs escaping.
        Map<String, Object> w = EventResourceTest.event("Coffee, cake; and a \\ chat", "2026-12-01T10:00", "2026-12-01T12:00",
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271026");
        w.put("hostPartnerIds", List.of(Fixtures.MEMBER.toString(), EventResourceTest.COHOST.toString()));
        w.put("description", "All welcome.\nTea, coffee and biscuits — free. Ask for Sam at the café 🙂 if you need a hand with the "
                + "door; it is heavy. A long line that must be folded at seventy-five octets without splitting a character.");
        w.put("exceptions", List.of(Map.of("date", "2026-12-22", "cancelled", true),
                Map.of("date", "2026-12-29", "cancelled", true, "note", "New Year"),
                Map.of("date", "2027-04-06", "start", "2027-04-07T18:00", "end", "2027-04-07T20:00", "note", "Easter week")));
        weekly = as(Person.ORGANISER_CALDERDALE).body(w).post("/api/v1/events").then().statusCode(201).extract().path("id");
        // Monthly positional, by count; and an open-ended fortnightly event with no space.
        monthly = as(Person.ORGANISER_CALDERDALE).body(EventResourceTest.event("Second Tuesday supper", "2026-12-08T17:30",
                "2026-12-08T19:30", "FREQ=MONTHLY;BYDAY=2TU;COUNT=10")).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Map<String, Object> walk = EventResourceTest.event("Fortnightly walk", "2026-12-05T09:00", "2026-12-05T10:30",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
        walk.remove("spaceId");
        walk.put("category", "sport_movement");
        as(Person.ORGANISER_CALDERDALE).body(walk).post("/api/v1/events").then().statusCode(201);
        as(Person.ORGANISER_CALDERDALE).body(EventResourceTest.event("Winter fair", "2026-12-12T11:00", "2026-12-12T15:00", null))
                .post("/api/v1/events").then().statusCode(201);
    }

    @Test
    void thePlaceFeedGivesTheSameOccurrencesAsWhatsOn() throws Exception {
        roundTrip("/api/v1/places/" + Fixtures.CALDERDALE + "/calendar.ics", Map.of("place", Fixtures.CALDERDALE.toString()), 4);
    }

    @Test
    void theSpaceFeedGivesTheSameOccurrencesAsWhatsOn() throws Exception {
        roundTrip("/api/v1/spaces/" + Fixtures.SPACE + "/calendar.ics", Map.of("space", Fixtures.SPACE.toString()), 3);
    }

    @Test
    void theEventFilesGiveTheSameOccurrencesAsWhatsOn() throws Exception {
        roundTrip("/api/v1/events/" + weekly + "/calendar.ics", Map.of("event", weekly), 1);
        roundTrip("/api/v1/events/" + monthly + "/calendar.ics", Map.of("event", monthly), 1);
    }

    @Test
    void theFileIsWellFormed() {
        Response r = anonymous().get("/api/v1/events/" + weekly + "/calendar.ics");
        r.then().statusCode(200).contentType(startsWith("text/calendar")).header("Content-Disposition", containsString(".ics"));
        byte[] bytes = r.asByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line break");
        }
        String unfolded = body.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Coffee\\, cake\\; and a \\\\ chat\r\n"), unfolded);
        assertTrue(unfolded.contains("UID:" + weekly + "@kickstart\r\n"));
        assertTrue(unfolded.contains("DTSTART;TZID=Europe/London:20261201T100000\r\n"));
        // UNTIL in UTC, as RFC 5545 requires with a TZID start: 10:00 BST on 26 October 2027 is 09:00Z.
        assertTrue(unfolded.contains("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20271026T090000Z\r\n"));
        assertTrue(unfolded.contains("EXDATE;TZID=Europe/London:20261222T100000,20261229T100000\r\n"));
        assertTrue(unfolded.contains("RECURRENCE-ID;TZID=Europe/London:20270406T100000\r\n"));
        assertTrue(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
        assertTrue(unfolded.contains("🙂"));
        // Stable: the same file twice (UIDs and stamps do not change between fetches).
        assertEquals(body, anonymous().get("/api/v1/events/" + weekly + "/calendar.ics").asString());
        anonymous().get("/api/v1/events/00000000-0000-4000-8000-000000000000/calendar.ics").then().statusCode(404);
    }

    /** Parses the feed with ical4j and compares the instants of its occurrences with What's on's over a year. */
    private void roundTrip(String feed, Map<String, String> filter, int events) throws Exception {
        String ics = anonymous().get(feed).then().statusCode(200).extract().asString();
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        List<VEvent> vevents = cal.getComponents(Component.VEVENT);
        ZonedDateTime from = ZonedDateTime.of(java.time.LocalDate.parse(FROM).atStartOfDay(), LONDON);
        ZonedDateTime to = ZonedDateTime.of(java.time.LocalDate.parse(TO).plusDays(1).atStartOfDay(), LONDON);
        Period<ZonedDateTime> window = new Period<>(from, to);

        Set<String> fromFeed = new TreeSet<>();
        Set<String> masters = new HashSet<>();
        for (VEvent v : vevents) {
            String uid = v.getUid().orElseThrow().getValue();
            if (v.getProperty(Property.RECURRENCE_ID).isPresent()) {
                continue;
            }
            masters.add(uid);
            Set<Instant> overridden = new HashSet<>();
            for (VEvent o : vevents) {
                if (o.getUid().orElseThrow().getValue().equals(uid) && o.getProperty(Property.RECURRENCE_ID).isPresent()) {
                    RecurrenceId<?> rid = o.<RecurrenceId<?>>getProperty(Property.RECURRENCE_ID).orElseThrow();
                    overridden.add(instant(rid.getDate()));
                    Temporal start = o.getStartDate().orElseThrow().getDate();
                    if (!instant(start).isBefore(from.toInstant()) && instant(start).isBefore(to.toInstant())) {
                        fromFeed.add(uid.replace("@kickstart", "") + " " + instant(start));
                    }
                }
            }
            Set<Period<Temporal>> periods = v.calculateRecurrenceSet(window);
            for (Period<Temporal> p : periods) {
                if (!overridden.contains(instant(p.getStart()))) {
                    fromFeed.add(uid.replace("@kickstart", "") + " " + instant(p.getStart()));
                }
            }
        }
        assertEquals(events, masters.size());

        Set<String> fromApi = new TreeSet<>();
        String cursor = null;
        do {
            var req = anonymous().queryParam("from", FROM).queryParam("to", TO).queryParam("limit", 200);
            filter.forEach(req::queryParam);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/api/v1/occurrences");
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> o : items) {
                if (!"cancelled".equals(o.get("status"))) {
                    fromApi.add(o.get("eventId") + " " + java.time.OffsetDateTime.parse((String) o.get("start")).toInstant());
                }
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertFalse(fromApi.isEmpty());
        assertEquals(fromApi, fromFeed);
    }

    private static Instant instant(Temporal t) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("a floating or all-day time in the feed: " + t);
    }
}
