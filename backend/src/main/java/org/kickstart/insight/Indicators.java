package org.kickstart.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every indicator, defined once from the question bank (REFERENCE.md): which question, which
 * answers count as "yes", and which leave the base (Don't know and the like).
 */
public final class Indicators {

    public enum Kind {
        PROPORTION, MEAN
    }

    /** An indicator. For proportions: the answers that count, and those left out of the base. */
    public record Def(String code, String label, Kind kind, String question, Set<String> success, Set<String> excluded) {
    }

    /** The UCLA 3-item sum: its own shape (three questions), so it is computed apart. */
    public static final String UCLA_HIGH = "loneliness_ucla_high";
    public static final List<String> UCLA_ITEMS = List.of("ucla_companionship", "ucla_left_out", "ucla_isolated");

    public static final List<Def> ALL;

    private static final String[] THEMES = { "Moving around", "Public transport", "Traffic and parking", "Streets and spaces",
            "Natural space", "Play and recreation", "Facilities and services", "Work and local economy", "Housing and community",
            "Social contact", "Identity and belonging", "Feeling safe", "Care and maintenance", "Influence and sense of control" };

    static {
        List<Def> all = new ArrayList<>(List.of(
                p("belonging", "Belong very or fairly strongly to their neighbourhood", "belonging", Set.of("very_strongly", "fairly_strongly"),
                        Set.of("dont_know")),
                p("loneliness", "Feel lonely often or always", "loneliness_direct", Set.of("often_always"), Set.of()),
                new Def(UCLA_HIGH, "High indirect loneliness (UCLA 3-item score)", Kind.PROPORTION, null, Set.of(), Set.of()),
                p("influence", "Agree they can influence decisions affecting their area", "influence",
                        Set.of("definitely_agree", "tend_to_agree"), Set.of("dont_know")),
                p("trust", "Say many people in their neighbourhood can be trusted", "trust", Set.of("many"), Set.of("dont_know")),
                p("cohesion", "Agree people from different backgrounds get on well together", "cohesion",
                        Set.of("definitely_agree", "tend_to_agree"), Set.of("dont_know", "too_few_people", "all_same_backgrounds")),
                p("chat_neighbours", "Chat to neighbours at least once a month", "chat_neighbours",
                        Set.of("most_days", "once_twice_week", "once_twice_month"), Set.of()),
                p("satisfaction_area", "Satisfied with their area as a place to live", "satisfaction_area",
                        Set.of("very_satisfied", "fairly_satisfied"), Set.of()),
                p("mixing", "Mix socially with people from different backgrounds at least monthly", "mixing", Set.of("weekly", "monthly"),
                        Set.of()),
                p("welcoming", "Agree this place is welcoming to people like them", "welcoming", Set.of("strongly_agree", "agree"),
                        Set.of())));
        for (int i = 1; i <= 14; i++) {
            all.add(new Def("place_standard_" + i, "Place Standard: " + THEMES[i - 1], Kind.MEAN, "place_standard_" + i, Set.of(), Set.of()));
        }
        ALL = List.copyOf(all);
    }

    private Indicators() {
    }

    private static Def p(String code, String label, String question, Set<String> success, Set<String> excluded) {
        return new Def(code, label, Kind.PROPORTION, question, success, excluded);
    }
}
