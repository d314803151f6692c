package org.kickstart.survey;

import java.util.List;
import java.util.Optional;

/** The ready-made question sets (the contract's SurveyTemplate). */
public final class Templates {

    public record SurveyQuestion(String code, Boolean required) {
        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }
    }

    public record Template(String id, String title, String intro, List<SurveyQuestion> questions) {
    }

    private static final List<SurveyQuestion> DEMOGRAPHICS = List.of(q("age_band", false), q("gender", false),
            q("ethnic_group", false), q("disability", false), q("postcode_district", false));

    public static final List<Template> ALL = List.of(
            new Template("core", "Belonging and loneliness core",
                    "A few questions about how connected you feel to your neighbourhood. It takes about three minutes, and your answers are anonymous.",
                    concat(List.of(q("belonging", true), q("loneliness_direct", true), q("ucla_companionship", true),
                            q("ucla_left_out", true), q("ucla_isolated", true), q("chat_neighbours", false), q("trust", false),
                            q("cohesion", false), q("influence", false), q("satisfaction_area", false), q("mixing", false),
                            q("good_now", false), q("make_better", false)), DEMOGRAPHICS)),
            new Template("place_standard", "Place Standard",
                    "Rate 14 things about your place from 1 (a lot of room for improvement) to 7 (very little room for improvement).",
                    concat(java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(i -> q("place_standard_" + i, true)).toList(),
                            List.of(q("good_now", false), q("make_better", false)), DEMOGRAPHICS)),
            new Template("event_feedback", "Event feedback",
                    "Tell us what you thought of this event. It takes a minute.",
                    concat(List.of(q("welcoming", true), q("mixing", false), q("loneliness_direct", false), q("good_now", false),
                            q("make_better", false)), List.of(q("age_band", false), q("postcode_district", false)))));

    private Templates() {
    }

    public static Optional<Template> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static SurveyQuestion q(String code, boolean required) {
        return new SurveyQuestion(code, required);
    }

    @SafeVarargs
    private static List<SurveyQuestion> concat(List<SurveyQuestion>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
