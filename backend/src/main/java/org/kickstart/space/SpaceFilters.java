package org.kickstart.space;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;

/** Parses the list filters of GET /spaces, reporting every bad one at once. */
final class SpaceFilters {

    private SpaceFilters() {
    }

    static SpaceQuery parse(String place, String neighbourhood, String kind, String mode, String status,
            List<String> features, String q, String near, String radius, String bbox) {
        List<FieldError> errors = new ArrayList<>();
        UUID placeId = null;
        if (place != null && !place.isBlank()) {
            try {
                placeId = UUID.fromString(place);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("place", "must be a place id (UUID)"));
            }
        }
        if (neighbourhood != null && !neighbourhood.matches("^E01[0-9]{6}$")) {
            errors.add(new FieldError("neighbourhood", "must be an LSOA code such as E01010577"));
        }
        String k = code(kind, Vocab.Kind.values(), "kind", errors);
        String m = code(mode, Vocab.Mode.values(), "mode", errors);
        String s = code(status, Vocab.Status.values(), "status", errors);
        List<String> fs = new ArrayList<>();
        for (String f : features == null ? List.<String>of() : features) {
            if (!Vocab.isFeature(f)) {
                errors.add(new FieldError("feature", "'" + f + "' is not an accessibility or welcome feature"));
            } else if (!fs.contains(f)) {
                fs.add(f);
            }
        }
        Double lat = null;
        Double lon = null;
        if (near != null) {
            double[] ll = numbers(near, 2);
            if (ll == null || Math.abs(ll[0]) > 90 || Math.abs(ll[1]) > 180) {
                errors.add(new FieldError("near", "must be lat,lon in degrees, e.g. 53.7248,-1.8658"));
            } else {
                lat = ll[0];
                lon = ll[1];
            }
        }
        int r = 2000;
        if (radius != null) {
            if (near == null) {
                errors.add(new FieldError("radius", "needs near"));
            }
            try {
                r = Integer.parseInt(radius.trim());
            } catch (NumberFormatException e) {
                r = -1;
            }
            if (r < 1 || r > 100_000) {
                errors.add(new FieldError("radius", "must be a whole number of metres from 1 to 100000"));
            }
        }
        double[] box = null;
        if (bbox != null) {
            box = numbers(bbox, 4);
            if (box == null || box[0] >= box[2] || box[1] >= box[3] || Math.abs(box[0]) > 180 || Math.abs(box[2]) > 180
                    || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90) {
                errors.add(new FieldError("bbox", "must be minLon,minLat,maxLon,maxLat with min < max, e.g. -1.90,53.70,-1.84,53.74"));
                box = null;
            }
        }
        if (q != null && q.length() > 100) {
            errors.add(new FieldError("q", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SpaceQuery(placeId, neighbourhood, k, m, s, fs, q, lat, lon, r, box);
    }

    private static String code(String value, Enum<?>[] allowed, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Enum<?> e : allowed) {
            if (e.toString().equals(value)) {
                return value;
            }
        }
        errors.add(new FieldError(field, "must be one of " + java.util.Arrays.toString(allowed)));
        return null;
    }

    private static double[] numbers(String csv, int count) {
        String[] parts = csv.split(",");
        if (parts.length != count) {
            return null;
        }
        double[] out = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                out[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(out[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }
}
