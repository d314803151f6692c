package org.kickstart.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kickstart.place.PlaceRepository;
import org.kickstart.survey.Question;
import org.kickstart.survey.QuestionRepository;

/** Gap analysis: need (deprivation), supply (spaces, weekly events) and outcomes per neighbourhood. */
@ApplicationScoped
public class GapService {

    public static final String FORMULA = "score = 50 × need + 30 × (1 − supply) + 20 × outcome, where need = (11 − IMD decile) ÷ 10; "
            + "supply = min(1, (open spaces + weekly events ÷ 2) ÷ 3); outcome = share who do not feel they belong (0.5 when too few answered)";

    @Inject
    EntityManager em;

    @Inject
    PlaceRepository places;

    @Inject
    IndicatorService indicators;

    @Inject
    QuestionRepository questions;

    public record Row(String code, String name, int imdDecile, Integer population, int openSpaces, Integer nearbyOpenSpaces,
            int weeklyEvents, Double spacesPer10k, int responses, Double belonging, Double loneliness, int score) {
    }

    public record Gaps(boolean boundariesLoaded, int radiusMetres, int threshold, String formula, List<Row> items) {
    }

    /** The priority score, 0–100 (see {@link #FORMULA}); belonging is null when too few answered. */
    public static int score(int imdDecile, int openSpaces, int weeklyEvents, Double belonging) {
        double need = (11 - imdDecile) / 10.0;
        double supply = Math.min(1, (openSpaces + weeklyEvents / 2.0) / 3.0);
        double outcome = belonging == null ? 0.5 : 1 - belonging;
        return (int) Math.round(50 * need + 30 * (1 - supply) + 20 * outcome);
    }

    public Gaps gaps(UUID placeId, int radius) {
        places.require(placeId);
        Indicators.Def belonging = Indicators.ALL.stream().filter(d -> d.code().equals("belonging")).findFirst().orElseThrow();
        Indicators.Def lonely = Indicators.ALL.stream().filter(d -> d.code().equals("loneliness")).findFirst().orElseThrow();
        Map<String, Question> bank = questions.bank();
        Question belongingQ = bank.get(belonging.question());
        Question lonelyQ = bank.get(lonely.question());
        int threshold = indicators.threshold();
        List<Row> rows = new ArrayList<>();
        // Where boundaries are held, a space with no neighbourhood recorded counts in the one its
        // location falls in; "nearby" is any open space (whichever place lists it) within walking
        // distance of a boundary.
        for (Object o : em.createNativeQuery("""
                WITH placed AS (SELECT s.id, s.status, coalesce(s.neighbourhood_code,
                                         (SELECT n.code FROM neighbourhood n WHERE n.place_id = ?1 AND n.boundary IS NOT NULL
                                          AND s.location IS NOT NULL AND ST_Covers(n.boundary, s.location) LIMIT 1)) AS code
                                FROM space s WHERE s.place_id = ?1),
                     sp AS (SELECT code, count(*) AS open FROM placed WHERE status = 'open' AND code IS NOT NULL GROUP BY 1),
                     ev AS (SELECT s.code, count(*) AS weekly FROM event e JOIN placed s ON s.id = e.space_id
                            WHERE e.place_id = ?1 AND e.status = 'scheduled' AND e.recurrence ~ '^FREQ=(DAILY|WEEKLY)'
                              AND e.recurrence !~ 'INTERVAL=' AND (e.series_end IS NULL OR e.series_end > now()) AND s.code IS NOT NULL
                            GROUP BY 1),
                     near AS (SELECT n.code, count(s.id) AS nearby FROM neighbourhood n
                              LEFT JOIN space s ON s.status = 'open' AND ST_DWithin(n.boundary, s.location, ?2)
                              WHERE n.place_id = ?1 AND n.boundary IS NOT NULL GROUP BY 1),
                     rs AS (SELECT neighbourhood_code AS code, count(*) AS responses,
                                   count(*) FILTER (WHERE %1$s IN (%2$s)) AS bx,
                                   count(*) FILTER (WHERE %1$s > 0 AND %1$s NOT IN (%3$s)) AS bn,
                                   count(*) FILTER (WHERE %4$s IN (%5$s)) AS lx,
                                   count(*) FILTER (WHERE %4$s > 0) AS ln
                            FROM survey_response sr WHERE place_id = ?1 AND neighbourhood_code IS NOT NULL GROUP BY 1)
                SELECT n.code, n.name, n.imd_decile, n.population, coalesce(sp.open, 0), coalesce(ev.weekly, 0),
                       coalesce(rs.responses, 0), rs.bx, rs.bn, rs.lx, rs.ln, near.nearby
                FROM neighbourhood n LEFT JOIN sp USING (code) LEFT JOIN ev USING (code) LEFT JOIN rs USING (code)
                     LEFT JOIN near USING (code)
                WHERE n.place_id = ?1""".formatted(IndicatorService.coded(belongingQ), IndicatorService.ordinals(belongingQ, belonging.success()),
                belonging.excluded().isEmpty() ? "0" : IndicatorService.ordinals(belongingQ, belonging.excluded()),
                IndicatorService.coded(lonelyQ), IndicatorService.ordinals(lonelyQ, lonely.success())))
                .setParameter(1, placeId).setParameter(2, (double) radius).getResultList()) {
            Object[] r = (Object[]) o;
            int decile = ((Number) r[2]).intValue();
            Integer population = r[3] == null ? null : ((Number) r[3]).intValue();
            int open = ((Number) r[4]).intValue();
            int weekly = ((Number) r[5]).intValue();
            Double b = share(r[7], r[8], threshold);
            Double l = share(r[9], r[10], threshold);
            Integer nearby = r[11] == null ? null : ((Number) r[11]).intValue();
            rows.add(new Row((String) r[0], (String) r[1], decile, population, open, nearby, weekly,
                    population == null || population == 0 ? null : Math.round(open * 100000.0 / population) / 10.0,
                    ((Number) r[6]).intValue(), b, l, score(decile, open, weekly, b)));
        }
        // Nearby counts are given only when every neighbourhood has a boundary, so rows compare.
        boolean loaded = !rows.isEmpty() && rows.stream().allMatch(r -> r.nearbyOpenSpaces() != null);
        if (!loaded) {
            rows.replaceAll(r -> r.nearbyOpenSpaces() == null ? r : new Row(r.code(), r.name(), r.imdDecile(), r.population(), r.openSpaces(),
                    null, r.weeklyEvents(), r.spacesPer10k(), r.responses(), r.belonging(), r.loneliness(), r.score()));
        }
        rows.sort(Comparator.comparingInt(Row::score).reversed().thenComparingInt(Row::imdDecile).thenComparing(Row::code));
        return new Gaps(loaded, radius, threshold, FORMULA, rows);
    }

    private static Double share(Object x, Object n, int threshold) {
        if (n == null || ((Number) n).longValue() < threshold) {
            return null;
        }
        return Math.round(1000.0 * ((Number) x).longValue() / ((Number) n).longValue()) / 1000.0;
    }
}
