package org.kickstart.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kickstart.common.Problem.FieldError;

/**
 * Checks one set of answers against the survey's questions and returns them in stored form:
 * option codes for choices, 1–7 for scales, trimmed text. Problems are added to {@code errors}
 * as {@code <prefix><code>}; the caller stores nothing when there are any.
 */
final class Answers {

    static final int FREE_TEXT_MAX = 2000;

    private Answers() {
    }

    /**
     * @param raw answers as sent: from JSON (String or Integer) or from a CSV cell (String)
     * @param fromCsv whether numbers arrive as text (a CSV cell) rather than JSON numbers
     */
    static Map<String, Object> check(Map<String, Object> raw, List<Templates.SurveyQuestion> asked, Map<String, Question> bank,
            String prefix, boolean fromCsv, List<FieldError> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Templates.SurveyQuestion> byCode = new LinkedHashMap<>();
        asked.forEach(q -> byCode.put(q.code(), q));
        for (String code : raw.keySet()) {
            if (!byCode.containsKey(code)) {
                errors.add(new FieldError(prefix + code, "is not a question of this survey"));
            }
        }
        for (Templates.SurveyQuestion sq : asked) {
            Question q = bank.get(sq.code());
            Object value = raw.get(sq.code());
            if (value instanceof String s && s.isBlank()) {
                value = null;
            }
            String field = prefix + sq.code();
            if (value == null) {
                if (sq.mandatory()) {
                    errors.add(new FieldError(field, "is required"));
                }
                continue;
            }
            Object stored = switch (q.type) {
                case "scale_1_7" -> scale(value, fromCsv);
                case "free_text" -> value instanceof String s && s.strip().length() <= limit(q) ? s.strip() : null;
                default -> choice(q, value);
            };
            if (stored == null) {
                errors.add(new FieldError(field, expected(q)));
            } else {
                out.put(sq.code(), stored);
            }
        }
        return out;
    }

    private static Integer scale(Object value, boolean fromCsv) {
        Integer n = null;
        if (value instanceof Integer i) {
            n = i;
        } else if (fromCsv && value instanceof String s && s.strip().matches("[0-9]{1,2}")) {
            n = Integer.valueOf(s.strip());
        }
        return n != null && n >= 1 && n <= 7 ? n : null;
    }

    private static String choice(Question q, Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        if (q.options.isEmpty()) {
            // An open demographic such as the postcode district: normalised, then checked against its pattern.
            String v = s.strip().toUpperCase(Locale.ROOT);
            return v.length() <= limit(q) && (q.pattern == null || v.matches(q.pattern)) ? v : null;
        }
        return q.hasOption(s.strip()) ? s.strip() : null;
    }

    private static int limit(Question q) {
        return q.maxLength == null ? FREE_TEXT_MAX : q.maxLength;
    }

    private static String expected(Question q) {
        return switch (q.type) {
            case "scale_1_7" -> "must be a whole number from 1 to 7";
            case "free_text" -> "must be text of at most " + limit(q) + " characters";
            default -> q.options.isEmpty() ? "must look like " + (q.pattern == null ? "the example" : "HX1 (the first part of a postcode)")
                    : "must be one of " + String.join(", ", q.options.stream().map(Question.Option::code).toList());
        };
    }
}
