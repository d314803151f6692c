package org.kickstart.event;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** Reads and writes the small JSON columns of events (exceptions, age bands) read by plain SQL. */
final class EventJson {

    private static final TypeReference<List<Event.StoredChange>> CHANGES = new TypeReference<>() {
    };

    private EventJson() {
    }

    static <T> T read(String json, Class<T> type) {
        return org.kickstart.common.Json.read(json, type);
    }

    static List<Event.StoredChange> changes(String json) {
        if (json == null || "[]".equals(json)) {
            return List.of();
        }
        try {
            return org.kickstart.common.Json.MAPPER.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable exceptions column", e);
        }
    }

    static String write(Object value) {
        return org.kickstart.common.Json.write(value);
    }
}
