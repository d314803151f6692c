package org.kickstart.partner;

import com.fasterxml.jackson.annotation.JsonValue;

public enum PartnerType {
    LOCAL_AUTHORITY, BUSINESS, VOLUNTARY_COMMUNITY, FAITH, SOCIAL_ENTERPRISE, HEALTH, EDUCATION, HOUSING, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static PartnerType of(String code) {
        return valueOf(code.toUpperCase());
    }

    @Override
    public String toString() {
        return code();
    }
}
