package org.kickstart.event;

import org.kickstart.common.Coded;

/** The controlled vocabularies of events; JSON and the database use the lower-case codes. */
public final class EventVocab {

    private EventVocab() {
    }

    public enum Category implements Coded {
        SOCIAL("Social"), FOOD("Food"), ARTS_CULTURE("Arts and culture"), SPORT_MOVEMENT("Sport and movement"),
        LEARNING("Learning"), SUPPORT_ADVICE("Support and advice"), CIVIC_VOLUNTEERING("Civic and volunteering"),
        FAITH("Faith"), FAMILY("Family"), OTHER("Other");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        /** In words, for calendars. */
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Audience implements Coded {
        ALL_AGES, CHILDREN, YOUNG_PEOPLE, FAMILIES, OLDER_PEOPLE, CARERS, DISABLED_PEOPLE, NEWCOMERS, WOMEN, MEN,
        LANGUAGE_COMMUNITY;

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Status implements Coded {
        SCHEDULED, CANCELLED;

        @Override
        public String toString() {
            return code();
        }
    }

    /** Parses a query-string code, or null when it is not one (the caller reports it). */
    static <E extends Enum<E> & Coded> String code(String value, E[] values) {
        for (E e : values) {
            if (e.code().equals(value)) {
                return value;
            }
        }
        return null;
    }
}
