package org.kickstart.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    @Transactional
    public Result indicators(Request q) {
        if (!access.signedIn() && (q.breakdown() != null || q.space() != null || q.event() != null || q.survey() != null)) {
            throw new UnauthorizedException("sign in to break indicators down or to see them by space, event or survey");
        }
        if (q.place() == null && !access.isAdmin() && !access.isAnalyst()) {
            throw ProblemException.invalid("place", "is required (only admins and analysts may ask across places)");
        }
        Set<String> asked = asked(q);
        List<Indicators.Def> defs = chosen(q.indicators()).stream().filter(d -> d.code().equals(Indicators.UCLA_HIGH)
                ? asked.containsAll(Indicators.UCLA_ITEMS) : asked.contains(d.question())).toList();
        if (defs.isEmpty()) {
            return new Result(threshold(), INTERVALS, uclaHigh, List.of());
        }
        Map<String, Object> params = new HashMap<>();
        String sql = sql(q, defs, params);
        // For this one statement: hash the few groups in memory rather than sort ~200,000 rows
        // (the planner can't know there are only a few hundred groups), and don't JIT-compile a
        // single pass that compiling would slow down.
        em.createNativeQuery("SELECT set_config('work_mem', '32MB', true), set_config('jit', 'off', true)").getSingleResult();
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

    /**
     * The questions the surveys in scope ask: a response answers only its survey's questions (and
     * those can't change once answered), so indicators of other questions are left out of the query.
     */
    private Set<String> asked(Request q) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT e ->> 'code' FROM survey s CROSS JOIN jsonb_array_elements(s.questions) e WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (q.place() != null) {
            sql.append(" AND s.place_id = :place");
            params.put("place", q.place());
        }
        if (q.space() != null) {
            sql.append(" AND s.space_id = :space");
            params.put("space", q.space());
        }
        if (q.event() != null) {
            sql.append(" AND s.event_id = :event");
            params.put("event", q.event());
        }
        if (q.survey() != null) {
            sql.append(" AND s.id = :survey");
            params.put("survey", q.survey());
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Set<String> out = new HashSet<>();
        for (Object code : query.getResultList()) {
            out.add((String) code);
        }
        return out;
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
     * The one query for this request's shape: one pass over the place's slice of the
     * {@code survey_response_indicators} index (V7), reading each answer as its number in
     * {@code coded}; one aggregate row per period and group, turned into a row per indicator.
     * Only constants of this class and of the question bank are written into the text; every
     * value from the request is a bound parameter.
     */
    String sql(Request q, List<Indicators.Def> defs, Map<String, Object> params) {
        Map<String, Question> bank = questions.bank();
        String unit = q.interval() == null ? "none" : q.interval();
        String breakdown = q.breakdown() == null ? "" : q.breakdown();
        List<String> cols = new ArrayList<>();
        cols.add(("none".equals(unit) ? "NULL::date" : "date_trunc('" + unit + "', sr.submitted_on::timestamp)::date") + " AS period");
        String label;
        switch (breakdown) {
            case "" -> {
                cols.add("NULL::text AS grp");
                label = "a.grp";
            }
            case "imd_decile" -> {
                cols.add("nb.imd_decile AS grp");
                label = "coalesce(a.grp::text, 'unknown')";
            }
            case "mode", "language" -> {
                cols.add("sr." + breakdown + " AS grp");
                label = "a.grp";
            }
            default -> {
                // A demographic answer: its option's number, named again once per group.
                Question d = bank.get(breakdown);
                cols.add(coded(d) + " AS grp");
                label = "coalesce((" + array(d.options.stream().map(Question.Option::code).toList()) + ")[a.grp], 'not_given')";
            }
        }
        List<String> aggregates = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int i = 0;
        for (Indicators.Def d : defs) {
            String c = "c" + i, v = "v" + i;
            if (d.kind() == Indicators.Kind.MEAN) {
                cols.add("nullif(" + coded(bank.get(d.question())) + ", 0)::float8 AS " + v);
                aggregates.add("count(" + v + ") AS " + c + ", avg(" + v + ") AS m" + i + ", stddev_samp(" + v + ") AS s" + i);
                rows.add("('" + d.code() + "', " + c + ", " + c + ", NULL::bigint, m" + i + ", s" + i + ")");
            } else if (d.code().equals(Indicators.UCLA_HIGH)) {
                // NULL unless all three items were answered (an unanswered item matches no WHEN).
                cols.add(Indicators.UCLA_ITEMS.stream().map(item -> uclaValue(bank.get(item))).collect(Collectors.joining(" + ")) + " AS score");
                params.put("uclaHigh", uclaHigh);
                aggregates.add("count(score) AS " + c + ", count(*) FILTER (WHERE score >= :uclaHigh) AS x" + i);
                rows.add("('" + d.code() + "', " + c + ", " + c + ", x" + i + ", NULL::float8, NULL::float8)");
            } else {
                Question question = bank.get(d.question());
                cols.add(coded(question) + " AS " + v);
                aggregates.add("count(*) FILTER (WHERE " + v + " > 0) AS " + c + ", count(*) FILTER (WHERE " + v + " IN ("
                        + ordinals(question, d.success()) + ")) AS x" + i);
                String n = c;
                if (!d.excluded().isEmpty()) {
                    n = "n" + i;
                    aggregates.add("count(*) FILTER (WHERE " + v + " > 0 AND " + v + " NOT IN (" + ordinals(question, d.excluded()) + ")) AS " + n);
                }
                rows.add("('" + d.code() + "', " + c + ", " + n + ", x" + i + ", NULL::float8, NULL::float8)");
            }
            i++;
        }
        StringBuilder r = new StringBuilder("SELECT " + String.join(", ", cols) + " FROM survey_response sr");
        if (q.space() != null || q.event() != null) {
            r.append(" JOIN survey s ON s.id = sr.survey_id");
        }
        if ("imd_decile".equals(breakdown)) {
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
        // submitted_on is the London day, so from/to compare days as the caller means them.
        if (q.from() != null) {
            r.append(" AND sr.submitted_on >= :fromDay");
            params.put("fromDay", q.from());
        }
        if (q.to() != null) {
            r.append(" AND sr.submitted_on <= :toDay");
            params.put("toDay", q.to());
        }
        // OFFSET 0 keeps r a subquery of its own, so each answer is read once per row rather than
        // once for every aggregate that mentions it.
        return "WITH r AS (" + r + " OFFSET 0), a AS (SELECT period, grp, " + String.join(", ", aggregates)
                + " FROM r GROUP BY period, grp) SELECT u.code, a.period, " + label + " AS grp, u.n, u.x, u.mean, u.sd FROM a"
                + " CROSS JOIN LATERAL (VALUES " + String.join(", ", rows) + ") u (code, answered, n, x, mean, sd) WHERE u.answered > 0";
    }

    /** A question's answer as V7 numbers it. */
    static String coded(Question q) {
        return "sr.coded[" + q.position + "]";
    }

    /** The 1-based places of these option codes in the question's options, as V7 numbers answers. */
    static String ordinals(Question q, Set<String> codes) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < q.options.size(); k++) {
            if (codes.contains(q.options.get(k).code())) {
                out.add(Integer.toString(k + 1));
            }
        }
        if (out.size() != codes.size()) {
            throw new IllegalStateException("an indicator names an option that question " + q.code + " does not have");
        }
        return String.join(", ", out);
    }

    /** A UCLA item's score from the bank's option values: NULL when it was not answered. */
    private static String uclaValue(Question q) {
        StringBuilder c = new StringBuilder("(CASE " + coded(q));
        for (int k = 0; k < q.options.size(); k++) {
            c.append(" WHEN ").append(k + 1).append(" THEN ").append(q.options.get(k).value());
        }
        return c.append(" END)").toString();
    }

    private static String array(List<String> values) {
        return "ARRAY[" + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + "]::text[]";
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
