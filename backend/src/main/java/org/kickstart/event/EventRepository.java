package org.kickstart.event;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Events and their hosts and attendance. Lists and windows are plain SQL, one query each. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** The filters of GET /events and GET /occurrences (null = any). */
    public record Filters(UUID place, UUID space, UUID event, UUID partner, String category, String audience,
            String status, String q) {
    }

    /** What the occurrence expansion needs of an event, and no more. */
    public record Candidate(UUID id, UUID placeId, UUID spaceId, String title, String category, List<String> audiences,
            String cost, String status, LocalDateTime start, LocalDateTime end, String recurrence, String exceptions) {
    }

    /** A page of events ordered by title, then id. */
    public List<Event> list(Filters f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT e.* FROM event e WHERE true");
        where(sql, params, f);
        if (!page.first()) {
            sql.append(" AND (e.title, e.id) > (:afterTitle, :afterId)");
            params.put("afterTitle", page.key(0));
            params.put("afterId", page.uuidKey(1));
        }
        sql.append(" ORDER BY e.title, e.id LIMIT :limit");
        params.put("limit", page.limit() + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Event.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Event> rows = query.getResultList();
        return rows;
    }

    /** The events that may have an occurrence starting in [from, to): a superset, expanded in Java. */
    public List<Candidate> inWindow(Filters f, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.place_id, e.space_id, e.title, e.category, array_to_string(e.audiences, ','), e.cost,
                       e.status, e.starts_at, e.ends_at, e.recurrence, e.exceptions::text
                FROM event e
                WHERE e.series_start < :to AND (e.series_end IS NULL OR e.series_end > :from)""");
        params.put("from", from);
        params.put("to", to);
        where(sql, params, f);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Candidate> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String audiences = (String) r[5];
            out.add(new Candidate((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    audiences == null || audiences.isEmpty() ? List.of() : List.of(audiences.split(",")), (String) r[6],
                    (String) r[7], local(r[8]), local(r[9]), (String) r[10], (String) r[11]));
        }
        return out;
    }

    private static void where(StringBuilder sql, Map<String, Object> params, Filters f) {
        if (f.place() != null) {
            sql.append(" AND e.place_id = :place");
            params.put("place", f.place());
        }
        if (f.space() != null) {
            sql.append(" AND e.space_id = :space");
            params.put("space", f.space());
        }
        if (f.event() != null) {
            sql.append(" AND e.id = :event");
            params.put("event", f.event());
        }
        if (f.partner() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_host h WHERE h.event_id = e.id AND h.partner_id = :partner)");
            params.put("partner", f.partner());
        }
        if (f.category() != null) {
            sql.append(" AND e.category = :category");
            params.put("category", f.category());
        }
        if (f.audience() != null) {
            sql.append(" AND :audience = ANY (e.audiences)");
            params.put("audience", f.audience());
        }
        if (f.status() != null) {
            sql.append(" AND e.status = :status");
            params.put("status", f.status());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" AND (e.title ILIKE :q OR coalesce(e.description, '') ILIKE :q)");
            params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /**
     * Hosts of each event, in the order they were given. The ids are joined as a set: with
     * thousands of them, {@code event_id = ANY (…)} on the (event_id, partner_id) key took seconds.
     */
    public Map<UUID, List<EventResponse.Host>> hosts(Collection<UUID> eventIds) {
        Map<UUID, List<EventResponse.Host>> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT h.event_id, p.id, p.name, p.type FROM unnest(CAST(?1 AS uuid[])) AS ids (id)
                JOIN event_host h ON h.event_id = ids.id JOIN partner p ON p.id = h.partner_id
                ORDER BY h.event_id, h.position""")
                .setParameter(1, array(eventIds)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new EventResponse.Host((UUID) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** Names of spaces by id. */
    public Map<UUID, String> spaceNames(Collection<UUID> spaceIds) {
        Map<UUID, String> out = new HashMap<>();
        if (spaceIds.isEmpty()) {
            return out;
        }
        for (Object row : getEntityManager().createNativeQuery("SELECT id, name FROM space WHERE id = ANY (CAST(?1 AS uuid[]))")
                .setParameter(1, array(spaceIds)).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], (String) r[1]);
        }
        return out;
    }

    /** Where each space is, for calendars. */
    public Map<UUID, ICalendar.Venue> venues(Collection<UUID> spaceIds) {
        Map<UUID, ICalendar.Venue> out = new HashMap<>();
        if (spaceIds.isEmpty()) {
            return out;
        }
        for (Object row : getEntityManager().createNativeQuery(
                "SELECT id, name, address, postcode, lat, lon, url FROM space WHERE id = ANY (CAST(?1 AS uuid[]))")
                .setParameter(1, array(spaceIds)).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], new ICalendar.Venue((String) r[1], (String) r[2], (String) r[3], (Double) r[4], (Double) r[5],
                    (String) r[6]));
        }
        return out;
    }

    /** Replaces an event's hosts. */
    public void setHosts(UUID eventId, List<UUID> partnerIds) {
        getEntityManager().createNativeQuery("DELETE FROM event_host WHERE event_id = ?1").setParameter(1, eventId).executeUpdate();
        for (int i = 0; i < partnerIds.size(); i++) {
            getEntityManager().createNativeQuery("INSERT INTO event_host (event_id, partner_id, position) VALUES (?1, ?2, ?3)")
                    .setParameter(1, eventId).setParameter(2, partnerIds.get(i)).setParameter(3, i).executeUpdate();
        }
    }

    /** Which of these partners are in the place's partnership (any membership status). */
    @SuppressWarnings("unchecked")
    public List<UUID> membersAmong(UUID placeId, Collection<UUID> partnerIds) {
        return getEntityManager().createNativeQuery(
                "SELECT partner_id FROM partnership_membership WHERE place_id = ?1 AND partner_id = ANY (CAST(?2 AS uuid[]))", UUID.class)
                .setParameter(1, placeId).setParameter(2, array(partnerIds)).getResultList();
    }

    /** The place a space belongs to, or null when there is no such space. */
    public UUID placeOfSpace(UUID spaceId) {
        return (UUID) getEntityManager().createNativeQuery("SELECT place_id FROM space WHERE id = ?1", UUID.class)
                .setParameter(1, spaceId).getResultStream().findFirst().orElse(null);
    }

    /** Dates of an event with attendance recorded. */
    @SuppressWarnings("unchecked")
    public List<LocalDate> attendedDates(UUID eventId) {
        return getEntityManager().createNativeQuery(
                "SELECT occurrence_date FROM attendance WHERE event_id = ?1 ORDER BY occurrence_date", LocalDate.class)
                .setParameter(1, eventId).getResultList();
    }

    /** Recorded attendance of these events on days in [from, to), keyed by "eventId/date". */
    public Map<String, AttendanceResponse> attendance(Collection<UUID> eventIds, LocalDate from, LocalDate toExclusive) {
        Map<String, AttendanceResponse> out = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        for (Object row : getEntityManager().createNativeQuery("""
                SELECT event_id, occurrence_date, total, first_time, age_bands::text, recorded_at, recorded_by
                FROM attendance WHERE event_id = ANY (CAST(?1 AS uuid[])) AND occurrence_date >= ?2 AND occurrence_date < ?3""")
                .setParameter(1, array(eventIds)).setParameter(2, from).setParameter(3, toExclusive).getResultList()) {
            AttendanceResponse a = attendance((Object[]) row);
            out.put(a.eventId() + "/" + a.date(), a);
        }
        return out;
    }

    /**
     * Records or replaces one occurrence's attendance; true when it was new. One statement, so two
     * organisers saving at once cannot both "create" it.
     */
    public boolean upsertAttendance(UUID eventId, LocalDate date, AttendanceInput in, String ageBandsJson, String by) {
        Object inserted = getEntityManager().createNativeQuery("""
                INSERT INTO attendance (event_id, occurrence_date, total, first_time, age_bands, recorded_at, recorded_by)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), now(), ?6)
                ON CONFLICT (event_id, occurrence_date) DO UPDATE SET total = EXCLUDED.total,
                    first_time = EXCLUDED.first_time, age_bands = EXCLUDED.age_bands,
                    recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by
                RETURNING (xmax = 0)""")
                .setParameter(1, eventId).setParameter(2, date).setParameter(3, in.total()).setParameter(4, in.firstTime())
                .setParameter(5, ageBandsJson).setParameter(6, by).getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }

    public AttendanceResponse attendanceOf(UUID eventId, LocalDate date) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT event_id, occurrence_date, total, first_time, age_bands::text, recorded_at, recorded_by
                FROM attendance WHERE event_id = ?1 AND occurrence_date = ?2""")
                .setParameter(1, eventId).setParameter(2, date).getSingleResult();
        return attendance(row);
    }

    private static AttendanceResponse attendance(Object[] r) {
        return new AttendanceResponse((UUID) r[0], localDate(r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                r[4] == null ? null : EventJson.read((String) r[4], AttendanceInput.AgeBands.class), offset(r[5]), (String) r[6]);
    }

    private static String array(Collection<UUID> ids) {
        StringBuilder s = new StringBuilder("{");
        for (UUID id : ids) {
            s.append(s.length() > 1 ? "," : "").append(id);
        }
        return s.append('}').toString();
    }

    static LocalDateTime local(Object o) {
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }

    private static LocalDate localDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime offset(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) o;
    }
}
