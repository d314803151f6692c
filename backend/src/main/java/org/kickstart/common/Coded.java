package org.kickstart.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** A vocabulary enum whose JSON (and database) code is its lower-case name. */
public interface Coded {
    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
