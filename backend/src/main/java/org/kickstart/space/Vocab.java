package org.kickstart.space;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.kickstart.common.Coded;

/** The controlled vocabularies of spaces; JSON uses the lower-case codes. */
public final class Vocab {

    private Vocab() {
    }

    public enum Kind implements Coded {
        COMMUNITY_CENTRE, LIBRARY, PARK_GREEN_SPACE, PLACE_OF_WORSHIP, CAFE_PUB, SPORTS_LEISURE, SCHOOL_EDUCATION,
        ARTS_CULTURE, HEALTH, YOUTH, ONLINE, OTHER;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Mode implements Coded {
        PHYSICAL, VIRTUAL, HYBRID;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Cost implements Coded {
        FREE, LOW_COST, PAID;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Status implements Coded {
        IDEA, PLANNED, IN_DEVELOPMENT, OPEN, CLOSED;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Day implements Coded {
        MON, TUE, WED, THU, FRI, SAT, SUN;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Accessibility implements Coded {
        STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, QUIET_SPACE, BABY_CHANGE, PARKING, NEAR_PUBLIC_TRANSPORT, LARGE_PRINT,
        BSL, CHANGING_PLACES;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Welcome implements Coded {
        FREE_TO_ENTER_WITHOUT_BUYING, WARM_SPACE, FAMILY_FRIENDLY, FAITH_NEUTRAL, LGBTQ_FRIENDLY, DEMENTIA_FRIENDLY;

        @Override
        public String toString() {
            return code();
        }
    }

    // The codes as sets, made once: a space's features are sorted into these on every read.
    private static final Set<String> ACCESSIBILITY = Arrays.stream(Accessibility.values()).map(Coded::code).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> WELCOME = Arrays.stream(Welcome.values()).map(Coded::code).collect(Collectors.toUnmodifiableSet());

    public static boolean isAccessibility(String code) {
        return ACCESSIBILITY.contains(code);
    }

    public static boolean isFeature(String code) {
        return ACCESSIBILITY.contains(code) || WELCOME.contains(code);
    }
}
