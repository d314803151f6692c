package org.kickstart.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kickstart.common.Access;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.survey.Question;
import org.kickstart.survey.QuestionRepository;

import io.quarkus.security.UnauthorizedException;

/**
 * Indicators: one SQL query aggregates every requested indicator by period and group; Java then
 * only turns counts into values, intervals and suppression (a few hundred rows at most).
 */
@ApplicationScoped
public class IndicatorService {

    public static final String INTERVALS = "Wilson score 95% for proportions; Student t 95% for means";
    static final List<String> BREAKDOWNS = List.of("age_band", "gender", "ethnic_group", "disability", "imd_decile", "mode", "language");
    static final List<String> INTERVAL_UNITS = List.of("month", "quarter", "year", "none");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ConfigProperty(name = "kickstart.indicators.suppression-threshold", defaultValue = "10")
    int configuredThreshold;

    @ConfigProperty(name = "kickstart.indicators.ucla-high-threshold", defaultValue = "6")
    int uclaHigh;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    QuestionRepository questions;

    /** The request, parsed (the contract's listIndicators parameters). */
    public record Request(UUID place, String neighbourhood, UUID space, UUID event, UUID survey, LocalDate from, LocalDate to,
            String interval, String breakdown, List<String> indicators) {
    }

    public record Benchmark(double value, String year, String source, String note) {
    }

    /** One value (the contract's IndicatorValue). */
    public record Value(String indicator, String label, String kind, String period, LocalDate periodStart, String group, long n,
            Double value, Double ciLow, Double ciHigh, boolean suppressed, String suppression, Benchmark benchmark) {
    }

    public record Result(int threshold, String intervals, int uclaHighThreshold, List<Value> items) {
    }

    /** Never below 5, whatever a deployment sets (REFERENCE.md). */
    public int threshold() {
        return Math.max(5, Math.max(configuredThreshold, 5));
    }

    public Result indicators(Request q) {
        if (!access.signedIn() && (q.breakdown() != null || q.space() != null || q.event() != null || q.survey() != null)) {
            throw new UnauthorizedException("sign in to break indicators down or to see them by space, event or survey");
        }
        if (q.place() == null && !access.isAdmin() && !access.isAnalyst()) {
            throw ProblemException.invalid("place", "is required (only admins and analysts may ask across places)");
        }
        List<Indicators.Def> defs = chosen(q.indicators());
        Map<String, Object> params = new HashMap<>();
        String sql = sql(q, defs, params);
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        Map<String, Benchmark> benchmarks = benchmarks();
        String unit = q.interval() == null ? "none" : q.interval();

        // (indicator, period) → cells by group
        record Row(String indicator, LocalDate period, String group, long n, long x, Double mean, Double sd) {
        }
        Map<String, List<Row>> byCell = new LinkedHashMap<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            Row row = new Row((String) r[0], org.kickstart.common.Json.localDate(r[1]), (String) r[2],
                    ((Number) r[3]).longValue(), r[4] == null ? 0 : ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).doubleValue(), r[6] == null ? null : ((Number) r[6]).doubleValue());
            byCell.computeIfAbsent(row.indicator() + "|" + row.period(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < Indicators.ALL.size(); i++) {
            order.put(Indicators.ALL.get(i).code(), i);
        }
        Map<String, Indicators.Def> defByCode = Indicators.ALL.stream().collect(Collectors.toMap(Indicators.Def::code, d -> d));
        List<Value> out = new ArrayList<>();
        int threshold = threshold();
        for (List<Row> rows : byCell.values()) {
            List<Stats.Cell> cells = rows.stream().map(r -> new Stats.Cell(r.group(), r.n())).toList();
            Stats.suppress(cells, threshold);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Indicators.Def def = defByCode.get(r.indicator());
                String suppression = q.breakdown() == null ? (r.n() < threshold ? "primary" : null) : cells.get(i).suppression();
                boolean hidden = suppression != null || r.n() == 0;
                Double value = null;
                Stats.Interval ci = null;
                if (!hidden) {
                    if (def.kind() == Indicators.Kind.PROPORTION) {
                        value = (double) r.x() / r.n();
                        ci = Stats.wilson(r.x(), r.n());
                    } else {
                        value = r.mean();
                        ci = Stats.tInterval(r.mean(), r.sd() == null ? 0 : r.sd(), r.n());
                    }
                }
                out.add(new Value(r.indicator(), def.label(), def.kind().name().toLowerCase(), label(r.period(), unit), r.period(),
                        r.group(), r.n(), round(value), ci == null ? null : round(ci.low()), ci == null ? null : round(ci.high()),
                        suppression != null, suppression, benchmarks.get(r.indicator())));
            }
        }
        out.sort(Comparator.comparing((Value v) -> order.get(v.indicator()))
                .thenComparing(Value::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(v -> groupKey(v.group()), Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Result(threshold, INTERVALS, uclaHigh, out);
    }

    /** Checks the parameters that the contract cannot, reporting all problems at once. */
    public static void validate(Request q, List<FieldError> errors) {
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            errors.add(new FieldError("to", "must be on or after from"));
        }
        if (q.interval() != null && !INTERVAL_UNITS.contains(q.interval())) {
            errors.add(new FieldError("interval", "must be month, quarter, year or none"));
        }
        if (q.breakdown() != null && !BREAKDOWNS.contains(q.breakdown())) {
            errors.add(new FieldError("breakdown", "must be one of " + String.join(", ", BREAKDOWNS)));
        }
        for (String code : q.indicators()) {
            if (Indicators.ALL.stream().noneMatch(d -> d.code().equals(code))) {
                errors.add(new FieldError("indicator", "'" + code + "' is not an indicator"));
            }
        }
    }

    private static List<Indicators.Def> chosen(List<String> codes) {
        return codes.isEmpty() ? Indicators.ALL : Indicators.ALL.stream().filter(d -> codes.contains(d.code())).toList();
    }

    /**
     * The one query for this request's shape. Only constants of this class and of the question
     * bank are written into the text; every value from the request is a bound parameter.
     */
    String sql(Request q, List<Indicators.Def> defs, Map<String, Object> params) {
        String unit = q.interval() == null ? "none" : q.interval();
        String period = "none".equals(unit) ? "NULL::date" : "date_trunc('" + unit + "', sr.submitted_at AT TIME ZONE 'Europe/London')::date";
        String group = switch (q.breakdown() == null ? "" : q.breakdown()) {
            case "" -> "NULL::text";
            case "imd_decile" -> "coalesce(nb.imd_decile::text, 'unknown')";
            case "mode" -> "sr.mode";
            case "language" -> "sr.language";
            default -> "coalesce(sr.answers ->> '" + q.breakdown() + "', 'not_given')";
        };
        StringBuilder r = new StringBuilder("SELECT " + period + " AS period, " + group + " AS grp, sr.answers FROM survey_response sr");
        if (q.space() != null || q.event() != null) {
            r.append(" JOIN survey s ON s.id = sr.survey_id");
        }
        if ("imd_decile".equals(q.breakdown())) {
            r.append(" LEFT JOIN neighbourhood nb ON nb.code = sr.neighbourhood_code");
        }
        r.append(" WHERE true");
        if (q.place() != null) {
            r.append(" AND sr.place_id = :place");
            params.put("place", q.place());
        }
        if (q.neighbourhood() != null) {
            r.append(" AND sr.neighbourhood_code = :nb");
            params.put("nb", q.neighbourhood());
        }
        if (q.space() != null) {
            r.append(" AND s.space_id = :space");
            params.put("space", q.space());
        }
        if (q.event() != null) {
            r.append(" AND s.event_id = :event");
            params.put("event", q.event());
        }
        if (q.survey() != null) {
            r.append(" AND sr.survey_id = :survey");
            params.put("survey", q.survey());
        }
        if (q.from() != null) {
            r.append(" AND sr.submitted_at >= :fromAt");
            params.put("fromAt", q.from().atStartOfDay(LONDON).toOffsetDateTime());
        }
        if (q.to() != null) {
            r.append(" AND sr.submitted_at < :toAt");
            params.put("toAt", q.to().plusDays(1).atStartOfDay(LONDON).toOffsetDateTime());
        }
        List<String> parts = new ArrayList<>();
        List<Indicators.Def> proportions = defs.stream()
                .filter(d -> d.kind() == Indicators.Kind.PROPORTION && d.question() != null).toList();
        if (!proportions.isEmpty()) {
            String values = proportions.stream().map(d -> "('" + d.code() + "', '" + d.question() + "', " + array(d.success()) + ", "
                    + array(d.excluded()) + ")").collect(Collectors.joining(", "));
            parts.add("SELECT d.code, r.period, r.grp, count(*) FILTER (WHERE NOT (v.a = ANY (d.excluded))) AS n,"
                    + " count(*) FILTER (WHERE v.a = ANY (d.success)) AS x, NULL::float8 AS mean, NULL::float8 AS sd"
                    + " FROM r CROSS JOIN (VALUES " + values + ") d (code, question, success, excluded)"
                    + " CROSS JOIN LATERAL (SELECT r.answers ->> d.question AS a) v WHERE v.a IS NOT NULL GROUP BY d.code, r.period, r.grp");
        }
        if (defs.stream().anyMatch(d -> d.code().equals(Indicators.UCLA_HIGH))) {
            params.put("uclaHigh", uclaHigh);
            parts.add("SELECT '" + Indicators.UCLA_HIGH + "', period, grp, count(*), count(*) FILTER (WHERE score >= :uclaHigh), NULL::float8, NULL::float8"
                    + " FROM (SELECT period, grp, " + uclaScore() + " AS score FROM r) u WHERE score IS NOT NULL GROUP BY period, grp");
        }
        List<String> means = defs.stream().filter(d -> d.kind() == Indicators.Kind.MEAN).map(Indicators.Def::code).toList();
        if (!means.isEmpty()) {
            parts.add("SELECT m.code, r.period, r.grp, count(x.v), NULL::bigint, avg(x.v)::float8, stddev_samp(x.v)::float8"
                    + " FROM r CROSS JOIN unnest(" + array(new java.util.LinkedHashSet<>(means)) + ") m (code)"
                    + " CROSS JOIN LATERAL (SELECT (r.answers ->> m.code)::int AS v) x WHERE x.v IS NOT NULL GROUP BY m.code, r.period, r.grp");
        }
        return "WITH r AS (" + r + ") " + String.join(" UNION ALL ", parts);
    }

    /** The UCLA sum from the bank's option values: NULL unless all three items were answered. */
    private String uclaScore() {
        Map<String, Question> bank = questions.bank();
        List<String> terms = new ArrayList<>();
        for (String item : Indicators.UCLA_ITEMS) {
            StringBuilder c = new StringBuilder("(CASE r.answers ->> '" + item + "'");
            for (Question.Option o : bank.get(item).options) {
                c.append(" WHEN '").append(o.code()).append("' THEN ").append(o.value());
            }
            terms.add(c.append(" END)").toString());
        }
        return String.join(" + ", terms).replace("r.answers", "answers");
    }

    private static String array(java.util.Set<String> values) {
        return "ARRAY[" + values.stream().sorted().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + "]::text[]";
    }

    private Map<String, Benchmark> benchmarks() {
        Map<String, Benchmark> out = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT indicator, value, year, source, note FROM benchmark").getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], new Benchmark(((Number) r[1]).doubleValue(), (String) r[2], (String) r[3], (String) r[4]));
        }
        return out;
    }

    static String label(LocalDate start, String unit) {
        if (start == null) {
            return null;
        }
        return switch (unit) {
            case "month" -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case "quarter" -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(start.getYear());
        };
    }

    /** Deciles sort as numbers, everything else as text. */
    private static String groupKey(String group) {
        return group != null && group.matches("\\d+") ? String.format("%03d", Integer.parseInt(group)) : group;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000) / 10000.0;
    }
}
