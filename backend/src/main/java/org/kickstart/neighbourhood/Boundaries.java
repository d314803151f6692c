package org.kickstart.neighbourhood;

import java.util.List;

import org.kickstart.common.Problem.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks one GeoJSON feature of a boundary file before PostGIS sees it, so that a bad feature
 * becomes a field error rather than an aborted transaction: its LSOA code, and a Polygon or
 * MultiPolygon of closed rings of longitude/latitude pairs in and around Great Britain.
 */
final class Boundaries {

    /** Where an ONS boundary file keeps the LSOA code, in the order they are tried. */
    static final List<String> CODE_PROPERTIES = List.of("LSOA21CD", "lsoa21cd", "code");

    private Boundaries() {
    }

    /** The feature's LSOA code, or null (with an error) when it has none. */
    static String code(JsonNode feature, String at, List<FieldError> errors) {
        if (!"Feature".equals(feature.path("type").asText())) {
            errors.add(new FieldError(at + ".type", "must be Feature"));
            return null;
        }
        JsonNode properties = feature.path("properties");
        for (String name : CODE_PROPERTIES) {
            if (properties.path(name).isTextual()) {
                return properties.get(name).asText().trim();
            }
        }
        errors.add(new FieldError(at + ".properties.LSOA21CD", "is missing: each feature needs its LSOA code (LSOA21CD, lsoa21cd or code)"));
        return null;
    }

    /** Whether the geometry is well formed; adds the first problem found to errors if not. */
    static boolean geometry(JsonNode geometry, String at, List<FieldError> errors) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        String problem = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    yield "must hold at least one polygon";
                }
                for (JsonNode p : coordinates) {
                    String bad = polygon(p);
                    if (bad != null) {
                        yield bad;
                    }
                }
                yield null;
            }
            default -> null;
        };
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            errors.add(new FieldError(at + ".geometry.type", "must be Polygon or MultiPolygon, not " + (type.isEmpty() ? "missing" : type)));
            return false;
        }
        if (problem != null) {
            errors.add(new FieldError(at + ".geometry.coordinates", problem));
            return false;
        }
        return true;
    }

    private static String polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            return "must hold at least one ring";
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return "each ring needs at least four positions";
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return "each position must be [longitude, latitude]";
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                // Around Great Britain; British National Grid metres (EPSG:27700) are the usual mistake.
                if (lon < -9 || lon > 3 || lat < 49 || lat > 61) {
                    return "must be longitude and latitude in WGS 84 (EPSG:4326) in Great Britain; found [" + lon + ", " + lat
                            + "] — export the file as WGS 84, not British National Grid";
                }
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                return "each ring must end where it starts";
            }
        }
        return null;
    }
}
