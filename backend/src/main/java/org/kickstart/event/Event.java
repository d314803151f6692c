package org.kickstart.event;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event: wall-clock start and end of its first occurrence in Europe/London, an optional RRULE,
 * and its cancelled or moved dates. Hosts live in {@code event_host}, written by the service.
 */
@Entity
@Table(name = "event")
public class Event {
    @Id
    public UUID id;
    @Column(name = "place_id")
    public UUID placeId;
    @Column(name = "space_id")
    public UUID spaceId;
    public String title;
    public String description;
    public String category;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] audiences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages;
    public String cost;
    @Column(name = "booking_url")
    public String bookingUrl;
    public Integer capacity;
    @Column(name = "accessibility_notes")
    public String accessibilityNotes;
    public String status;
    @Column(name = "starts_at")
    public LocalDateTime startsAt;
    @Column(name = "ends_at")
    public LocalDateTime endsAt;
    public String recurrence;
    /** Kept as strings so the JSON needs no date handling of its own. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredChange> exceptions;
    @Column(name = "series_start")
    public OffsetDateTime seriesStart;
    @Column(name = "series_end")
    public OffsetDateTime seriesEnd;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** A cancelled or moved date as stored: ISO dates and local date-times. */
    public record StoredChange(String date, Boolean cancelled, String start, String end, String note) {
    }

    public Schedule schedule() {
        return schedule(startsAt, endsAt, recurrence, exceptions);
    }

    static Schedule schedule(LocalDateTime start, LocalDateTime end, String recurrence, List<StoredChange> stored) {
        java.util.Map<java.time.LocalDate, Schedule.Change> changes = new java.util.LinkedHashMap<>();
        for (StoredChange c : stored == null ? List.<StoredChange>of() : stored) {
            java.time.LocalDate date = java.time.LocalDate.parse(c.date());
            boolean cancelled = Boolean.TRUE.equals(c.cancelled());
            changes.put(date, new Schedule.Change(date, cancelled, cancelled ? null : LocalDateTime.parse(c.start()),
                    cancelled ? null : LocalDateTime.parse(c.end()), c.note()));
        }
        return new Schedule(start, end, recurrence == null ? null : Recurrence.parseStored(recurrence), changes);
    }
}
