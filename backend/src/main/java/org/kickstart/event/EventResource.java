package org.kickstart.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.Etags;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.Params;
import org.kickstart.common.ProblemException;

/** HTTP for events: CRUD, What's on (occurrences), attendance and the iCalendar feeds. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    EventService service;

    @Inject
    OccurrenceService occurrences;

    @GET
    @Path("events")
    public Response list(@QueryParam("place") String place, @QueryParam("space") String space,
            @QueryParam("partner") String partner, @QueryParam("category") String category,
            @QueryParam("audience") String audience, @QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        EventRepository.Filters f = filters(place, space, null, partner, category, audience, status, q, errors);
        PageRequest page = PageRequest.of(limit, cursor);
        return PageRequest.ok(service.list(f, page), uri);
    }

    @POST
    @Path("events")
    public Response create(@NotNull @Valid EventInput input) {
        EventResponse e = service.create(input);
        return Response.created(URI.create("/api/v1/events/" + e.id())).entity(e).tag(Etags.of(e.version())).build();
    }

    @GET
    @Path("events/{eventId}")
    public Response get(@PathParam("eventId") UUID id) {
        EventResponse e = service.get(id);
        return Response.ok(e).tag(Etags.of(e.version())).build();
    }

    @PUT
    @Path("events/{eventId}")
    public Response update(@PathParam("eventId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EventInput input) {
        EventResponse e = service.update(id, ifMatch, input);
        return Response.ok(e).tag(Etags.of(e.version())).build();
    }

    @DELETE
    @Path("events/{eventId}")
    public Response delete(@PathParam("eventId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("events/{eventId}/occurrences/{date}/attendance")
    public Response recordAttendance(@PathParam("eventId") UUID id, @PathParam("date") String date,
            @NotNull @Valid AttendanceInput input) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be a date such as 2026-12-01");
        }
        EventService.Recorded r = service.recordAttendance(id, day, input);
        return Response.status(r.created() ? Response.Status.CREATED : Response.Status.OK).entity(r.attendance()).build();
    }

    @GET
    @Path("occurrences")
    public Response occurrences(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("place") String place, @QueryParam("space") String space, @QueryParam("event") String event,
            @QueryParam("partner") String partner, @QueryParam("category") String category,
            @QueryParam("audience") String audience, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = Params.date("from", from, errors);
        LocalDate end = Params.date("to", to, errors);
        for (String[] required : new String[][] { { "from", from }, { "to", to } }) {
            if (required[1] == null || required[1].isBlank()) {
                errors.add(new FieldError(required[0], "is required: a date such as 2026-12-01"));
            }
        }
        EventRepository.Filters f = filters(place, space, event, partner, category, audience, null, null, errors);
        PageRequest page = PageRequest.of(limit, cursor);
        return PageRequest.ok(occurrences.list(start, end, f, page), uri);
    }

    @GET
    @Path("places/{placeId}/calendar.ics")
    @Produces(CALENDAR)
    public Response placeCalendar(@PathParam("placeId") UUID placeId) {
        return calendar(service.placeCalendar(placeId));
    }

    @GET
    @Path("spaces/{spaceId}/calendar.ics")
    @Produces(CALENDAR)
    public Response spaceCalendar(@PathParam("spaceId") UUID spaceId) {
        return calendar(service.spaceCalendar(spaceId));
    }

    @GET
    @Path("events/{eventId}/calendar.ics")
    @Produces(CALENDAR)
    public Response eventCalendar(@PathParam("eventId") UUID eventId) {
        return calendar(service.eventCalendar(eventId));
    }

    private static Response calendar(EventService.Calendar c) {
        String file = c.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase() + ".ics";
        return Response.ok(c.body().getBytes(StandardCharsets.UTF_8), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .header("Cache-Control", "public, max-age=300").build();
    }

    /** Parses the shared filters, reporting every bad one at once (with any errors already found). */
    private static EventRepository.Filters filters(String place, String space, String event, String partner,
            String category, String audience, String status, String q, List<FieldError> errors) {
        UUID placeId = Params.uuid("place", place, errors);
        UUID spaceId = Params.uuid("space", space, errors);
        UUID eventId = Params.uuid("event", event, errors);
        UUID partnerId = Params.uuid("partner", partner, errors);
        String c = vocab("category", category, EventVocab.Category.values(), errors);
        String a = vocab("audience", audience, EventVocab.Audience.values(), errors);
        String s = vocab("status", status, EventVocab.Status.values(), errors);
        if (q != null && q.length() > 100) {
            errors.add(new FieldError("q", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new EventRepository.Filters(placeId, spaceId, eventId, partnerId, c, a, s, q);
    }

    private static <E extends Enum<E> & org.kickstart.common.Coded> String vocab(String name, String value, E[] values,
            List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String code = EventVocab.code(value, values);
        if (code == null) {
            errors.add(new FieldError(name, "'" + value + "' is not one of " + String.join(", ",
                    java.util.Arrays.stream(values).map(org.kickstart.common.Coded::code).toList())));
        }
        return code;
    }
}
