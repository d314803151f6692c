package org.kickstart.space;

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

    public static boolean isAccessibility(String code) {
        for (Accessibility a : Accessibility.values()) {
            if (a.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isFeature(String code) {
        if (isAccessibility(code)) {
            return true;
        }
        for (Welcome w : Welcome.values()) {
            if (w.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
