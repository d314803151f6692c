package org.kickstart.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kickstart.common.ProblemException;
import org.kickstart.event.OccurrenceService;
import org.kickstart.place.PlaceRepository;

/** Reach and partnership measures: what happened, who came, and who works together. */
@ApplicationScoped
public class ReachService {

    @Inject
    OccurrenceService occurrences;

    @Inject
    PlaceRepository places;

    @Inject
    EntityManager em;

    public record Period(String period, LocalDate periodStart, int occurrencesHeld, int occurrencesRecorded, long attendance,
            long firstTime) {
    }

    public record Reach(LocalDate from, LocalDate to, List<Period> periods, int events, int coHostedEvents, Double coHostedShare,
            Map<String, Integer> partnersByType) {
    }

    public Reach reach(UUID placeId, LocalDate from, LocalDate to, String unit) {
        places.require(placeId);
        LocalDate end = to == null ? LocalDate.now(IndicatorService.LONDON) : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(start, end) > 3 * 366) {
            throw ProblemException.invalid("from", "the window can be at most 3 years");
        }
        Map<LocalDate, int[]> held = new TreeMap<>();
        for (LocalDate p = periodStart(start, unit); !p.isAfter(end); p = next(p, unit)) {
            held.put(p, new int[1]);
        }
        Map<UUID, Integer> inWindow = new HashMap<>();
        for (OccurrenceService.Held h : occurrences.held(placeId, start, end.plusDays(1), inWindow)) {
            held.get(periodStart(h.date(), unit))[0]++;
        }
        Map<LocalDate, long[]> came = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT date_trunc(?4, a.occurrence_date)::date, count(*), sum(a.total), sum(a.first_time)
                FROM attendance a JOIN event e ON e.id = a.event_id
                WHERE e.place_id = ?1 AND a.occurrence_date BETWEEN ?2 AND ?3 GROUP BY 1""")
                .setParameter(1, placeId).setParameter(2, start).setParameter(3, end).setParameter(4, unit).getResultList()) {
            Object[] r = (Object[]) o;
            came.put(org.kickstart.common.Json.localDate(r[0]), new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue() });
        }
        List<Period> periods = new ArrayList<>();
        held.forEach((p, n) -> {
            long[] c = came.getOrDefault(p, new long[3]);
            periods.add(new Period(IndicatorService.label(p, unit), p, n[0], (int) c[0], c[1], c[2]));
        });
        int coHosted = (int) inWindow.values().stream().filter(h -> h >= 2).count();
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT p.type, count(*) FROM partnership_membership m JOIN partner p ON p.id = m.partner_id
                WHERE m.place_id = ?1 AND m.status = 'active' GROUP BY p.type ORDER BY p.type""").setParameter(1, placeId).getResultList()) {
            Object[] r = (Object[]) o;
            byType.put((String) r[0], ((Number) r[1]).intValue());
        }
        return new Reach(start, end, periods, inWindow.size(), coHosted,
                inWindow.isEmpty() ? null : Math.round(1000.0 * coHosted / inWindow.size()) / 1000.0, byType);
    }

    static LocalDate periodStart(LocalDate d, String unit) {
        return switch (unit) {
            case "month" -> d.withDayOfMonth(1);
            case "year" -> d.withDayOfYear(1);
            default -> d.with(IsoFields.DAY_OF_QUARTER, 1);
        };
    }

    private static LocalDate next(LocalDate p, String unit) {
        return switch (unit) {
            case "month" -> p.plusMonths(1);
            case "year" -> p.plusYears(1);
            default -> p.plusMonths(3);
        };
    }
}
