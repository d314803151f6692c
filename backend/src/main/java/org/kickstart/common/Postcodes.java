package org.kickstart.common;

import java.util.Locale;

/** UK postcodes: one pattern for validation, one standard form for storage ("hx11un" → "HX1 1UN"). */
public final class Postcodes {

    public static final String PATTERN = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$";
    public static final String MESSAGE = "must be a UK postcode, e.g. HX1 1UN";

    private Postcodes() {
    }

    public static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
