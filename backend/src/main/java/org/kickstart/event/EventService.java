package org.kickstart.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kickstart.common.Access;
import org.kickstart.common.Etags;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.place.PlaceRepository;

import io.quarkus.panache.common.Sort;

/** Events: the rules of scheduling them, changing their dates, and recording who came. */
@ApplicationScoped
public class EventService {

    /** The longest one occurrence may last. */
    static final long MAX_HOURS = 7 * 24;

    @Inject
    EventRepository events;

    @Inject
    PlaceRepository places;

    @Inject
    Access access;

    @Inject
    JsonWebToken token;

    public Page<EventResponse> list(EventRepository.Filters filters, PageRequest page) {
        List<Event> rows = events.list(filters, page.expectKeys(2));
        Page<Event> p = page.page(rows, e -> List.of(e.title, e.id.toString()));
        return new Page<>(responses(p.items()), p.nextCursor());
    }

    public EventResponse get(UUID id) {
        return responses(List.of(find(id))).get(0);
    }

    @Transactional
    public EventResponse create(EventInput in) {
        access.requireSignedIn();
        if (places.findByIdOptional(in.placeId()).isEmpty()) {
            throw ProblemException.invalid("placeId", "is not a place");
        }
        access.requireWriteIn(in.placeId());
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.placeId = in.placeId();
        e.createdAt = now();
        apply(e, in, validate(in));
        events.persist(e);
        events.setHosts(e.id, in.hostPartnerIds());
        events.flush();
        return get(e.id);
    }

    @Transactional
    public EventResponse update(UUID id, String ifMatch, EventInput in) {
        Event e = find(id);
        access.requireWriteIn(e.placeId);
        Etags.require(ifMatch, e.version);
        if (!e.placeId.equals(in.placeId())) {
            throw ProblemException.invalid("placeId", "cannot change: an event stays in its place");
        }
        Schedule schedule = validate(in);
        List<LocalDate> lost = new ArrayList<>();
        for (LocalDate d : events.attendedDates(id)) {
            Schedule.Change c = schedule.changes().get(d);
            if (!schedule.produces(d) || c != null && c.cancelled()) {
                lost.add(d);
            }
        }
        if (!lost.isEmpty()) {
            throw ProblemException.conflict("Attendance is recorded for " + lost.size() + (lost.size() == 1 ? " date" : " dates")
                    + " the new schedule would drop or cancel (" + String.join(", ", lost.stream().limit(5).map(LocalDate::toString).toList())
                    + (lost.size() > 5 ? ", …" : "") + "). Keep those dates in the schedule.");
        }
        apply(e, in, schedule);
        events.setHosts(e.id, in.hostPartnerIds());
        events.flush();
        return get(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Event e = find(id);
        access.requireWriteIn(e.placeId);
        Etags.require(ifMatch, e.version);
        int attended = events.attendedDates(id).size();
        if (attended > 0) {
            throw ProblemException.conflict("Attendance is recorded for " + attended + (attended == 1 ? " occurrence" : " occurrences")
                    + " of this event. Set its status to cancelled instead, so its reach still counts.");
        }
        events.delete(e);
        events.flush();
    }

    /** The result of recording attendance, and whether it was the first record for that date. */
    public record Recorded(AttendanceResponse attendance, boolean created) {
    }

    @Transactional
    public Recorded recordAttendance(UUID id, LocalDate date, AttendanceInput in) {
        Event e = find(id);
        access.requireWriteIn(e.placeId);
        Schedule s = e.schedule();
        if (!s.produces(date)) {
            throw ProblemException.notFound("occurrence of this event on " + date);
        }
        Schedule.Change change = s.changes().get(date);
        if ("cancelled".equals(e.status) || change != null && change.cancelled()) {
            throw ProblemException.conflict("The occurrence on " + date + " was cancelled, so there is no attendance to record.");
        }
        LocalDateTime startsAt = change != null ? change.start() : date.atTime(e.startsAt.toLocalTime());
        if (Schedule.at(startsAt).isAfter(OffsetDateTime.now())) {
            throw ProblemException.conflict("The occurrence on " + date + " has not started yet. Record attendance once it has taken place.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.firstTime() > in.total()) {
            errors.add(new FieldError("firstTime", "cannot be more than the total (" + in.total() + ")"));
        }
        if (in.ageBands() != null && in.ageBands().sum() > in.total()) {
            errors.add(new FieldError("ageBands", "add up to " + in.ageBands().sum() + ", more than the total (" + in.total() + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean created = events.upsertAttendance(id, date, in, EventJson.write(in.ageBands()), token.getClaim("preferred_username"));
        return new Recorded(events.attendanceOf(id, date), created);
    }

    /** A calendar file: its name and its contents. */
    public record Calendar(String name, String body) {
    }

    /** The place's feed: its events, except those whose last occurrence ended over 90 days ago. */
    public Calendar placeCalendar(UUID placeId) {
        String name = places.require(placeId).name;
        return calendar(name + " — what's on", events.find("placeId = ?1 and (seriesEnd is null or seriesEnd > ?2)",
                Sort.by("title").and("id"), placeId, now().minusDays(90)).list());
    }

    public Calendar spaceCalendar(UUID spaceId) {
        Map<UUID, ICalendar.Venue> venue = events.venues(List.of(spaceId));
        if (venue.isEmpty()) {
            throw ProblemException.notFound("space with that id");
        }
        return calendar(venue.get(spaceId).name() + " — what's on", events.find("spaceId = ?1 and (seriesEnd is null or seriesEnd > ?2)",
                Sort.by("title").and("id"), spaceId, now().minusDays(90)).list());
    }

    public Calendar eventCalendar(UUID eventId) {
        Event e = find(eventId);
        return calendar(e.title, List.of(e));
    }

    private Calendar calendar(String name, List<Event> list) {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> spaces = new HashSet<>();
        for (Event e : list) {
            ids.add(e.id);
            if (e.spaceId != null) {
                spaces.add(e.spaceId);
            }
        }
        Map<UUID, List<EventResponse.Host>> hosts = events.hosts(ids);
        Map<UUID, ICalendar.Venue> venues = events.venues(spaces);
        return new Calendar(name, ICalendar.write(name, list.stream()
                .map(e -> new ICalendar.Entry(e, venues.get(e.spaceId), hosts.getOrDefault(e.id, List.of()))).toList()));
    }

    /** The events with what a response shows besides the row: hosts and the space's name (two queries for any number). */
    List<EventResponse> responses(List<Event> list) {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> spaces = new HashSet<>();
        for (Event e : list) {
            ids.add(e.id);
            if (e.spaceId != null) {
                spaces.add(e.spaceId);
            }
        }
        Map<UUID, List<EventResponse.Host>> hosts = events.hosts(ids);
        Map<UUID, String> names = events.spaceNames(spaces);
        return list.stream().map(e -> EventResponse.of(e, names.get(e.spaceId), hosts.getOrDefault(e.id, List.of()))).toList();
    }

    Event find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event with that id"));
    }

    /** Checks what needs more than one field, or the database, reporting every problem at once; returns the schedule. */
    private Schedule validate(EventInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.spaceId() != null && !in.placeId().equals(events.placeOfSpace(in.spaceId()))) {
            errors.add(new FieldError("spaceId", "is not a space in this place"));
        }
        Set<UUID> hosts = new LinkedHashSet<>(in.hostPartnerIds());
        if (hosts.size() < in.hostPartnerIds().size()) {
            errors.add(new FieldError("hostPartnerIds", "names a partner twice"));
        }
        List<UUID> members = events.membersAmong(in.placeId(), hosts);
        for (int i = 0; i < in.hostPartnerIds().size(); i++) {
            if (!members.contains(in.hostPartnerIds().get(i))) {
                errors.add(new FieldError("hostPartnerIds[" + i + "]", "is not a partner in this place's partnership"));
            }
        }
        if (in.audiences() != null && in.audiences().contains(EventVocab.Audience.LANGUAGE_COMMUNITY)
                && (in.languages() == null || in.languages().isEmpty())) {
            errors.add(new FieldError("languages", "name the language(s) of the language community, e.g. ur or pl"));
        }
        LocalDateTime start = time(in.start(), "start", errors);
        LocalDateTime end = time(in.end(), "end", errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.add(new FieldError("end", "must be after the start"));
            } else if (ChronoUnit.HOURS.between(start, end) > MAX_HOURS) {
                errors.add(new FieldError("end", "must be within 7 days of the start"));
            }
        }
        Recurrence rule = null;
        if (in.recurrence() != null && !in.recurrence().isBlank()) {
            try {
                rule = Recurrence.parse(in.recurrence());
            } catch (Recurrence.RuleException ex) {
                errors.add(new FieldError("recurrence", ex.getMessage()));
            }
        }
        if (rule != null && start != null) {
            if (rule.until() != null && rule.until().isBefore(start.toLocalDate())) {
                errors.add(new FieldError("recurrence", "UNTIL is before the start"));
            } else if (!rule.occursOn(start, start.toLocalDate())) {
                errors.add(new FieldError("start", "must be one of the dates the rule gives (" + rule + "), so the first occurrence is the start"));
            }
        }
        Map<LocalDate, Schedule.Change> changes = new java.util.LinkedHashMap<>();
        List<EventInput.Change> given = in.exceptions() == null ? List.of() : in.exceptions();
        if (!given.isEmpty() && rule == null && in.recurrence() == null) {
            errors.add(new FieldError("exceptions", "need a recurrence; to cancel a one-off event set its status to cancelled"));
        }
        for (int i = 0; i < given.size(); i++) {
            EventInput.Change c = given.get(i);
            String at = "exceptions[" + i + "]";
            if (changes.containsKey(c.date())) {
                errors.add(new FieldError(at + ".date", "appears twice"));
                continue;
            }
            boolean cancelled = Boolean.TRUE.equals(c.cancelled());
            LocalDateTime cs = c.start() == null ? null : time(c.start(), at + ".start", errors);
            LocalDateTime ce = c.end() == null ? null : time(c.end(), at + ".end", errors);
            if (cancelled && (c.start() != null || c.end() != null)) {
                errors.add(new FieldError(at, "give either cancelled: true or a new start and end, not both"));
            } else if (!cancelled && (c.start() == null || c.end() == null)) {
                errors.add(new FieldError(at, "give cancelled: true, or a new start and end to move it"));
            } else if (!cancelled && cs != null && ce != null && !ce.isAfter(cs)) {
                errors.add(new FieldError(at + ".end", "must be after the start"));
            } else if (!cancelled && cs != null && ce != null && ChronoUnit.HOURS.between(cs, ce) > MAX_HOURS) {
                errors.add(new FieldError(at + ".end", "must be within 7 days of the start"));
            }
            if (rule != null && start != null && !rule.occursOn(start, c.date())) {
                errors.add(new FieldError(at + ".date", "is not a date the schedule gives"));
            }
            if (cancelled || cs != null && ce != null) {
                changes.put(c.date(), new Schedule.Change(c.date(), cancelled, cs, ce, trim(c.note())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Schedule(start, end, rule, changes);
    }

    /** A wall-clock time in London from the input: local, or with an offset converted to London. */
    private static LocalDateTime time(String value, String field, List<FieldError> errors) {
        try {
            LocalDateTime local = value.matches(".*(Z|[+-][0-9]{2}:[0-9]{2})$")
                    ? OffsetDateTime.parse(value).atZoneSameInstant(Schedule.LONDON).toLocalDateTime()
                    : LocalDateTime.parse(value);
            if (!Schedule.exists(local)) {
                errors.add(new FieldError(field, "does not exist in Europe/London: the clocks go forward an hour that night"));
                return null;
            }
            return local;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a real date and time"));
            return null;
        }
    }

    private void apply(Event e, EventInput in, Schedule s) {
        e.spaceId = in.spaceId();
        e.title = in.title().strip();
        e.description = trim(in.description());
        e.category = in.category().code();
        e.audiences = in.audiences() == null ? new String[0]
                : in.audiences().stream().map(EventVocab.Audience::code).sorted().toArray(String[]::new);
        e.languages = in.languages() == null ? new String[0] : in.languages().stream().sorted().toArray(String[]::new);
        e.cost = in.cost() == null ? null : in.cost().code();
        e.bookingUrl = trim(in.bookingUrl());
        e.capacity = in.capacity();
        e.accessibilityNotes = trim(in.accessibilityNotes());
        e.status = in.status() == null ? "scheduled" : in.status().code();
        e.startsAt = s.start();
        e.endsAt = s.end();
        e.recurrence = s.rule() == null ? null : s.rule().toString();
        e.exceptions = s.changes().values().stream().sorted(java.util.Comparator.comparing(Schedule.Change::date))
                .map(c -> new Event.StoredChange(c.date().toString(), c.cancelled() ? Boolean.TRUE : null,
                        c.start() == null ? null : c.start().toString(), c.end() == null ? null : c.end().toString(), c.note()))
                .toList();
        e.seriesStart = s.seriesStart();
        e.seriesEnd = s.seriesEnd();
        e.updatedAt = now();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
