package org.kickstart.common;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:kickstart:problem:";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "validation", "The request is not valid", 400, detail, null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
