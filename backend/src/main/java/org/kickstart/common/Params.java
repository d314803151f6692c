package org.kickstart.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Query parameters read leniently (as strings) so that every bad one is reported together, by
 * name, in one 400 problem, instead of the framework's first-failure 404.
 */
public final class Params {

    private Params() {
    }

    /** An id, or null when absent; a malformed one adds an error. */
    public static UUID uuid(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be an id (UUID)"));
            return null;
        }
    }

    /** A date, or null when absent; a malformed one adds an error. */
    public static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date such as 2026-12-01"));
            return null;
        }
    }
}
