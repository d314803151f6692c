package org.kickstart.space;

import java.util.List;
import java.util.UUID;

/** The list filters, parsed and checked (the contract's listSpaces parameters). */
public record SpaceQuery(UUID place, String neighbourhood, String kind, String mode, String status, List<String> features,
        String q, Double nearLat, Double nearLon, int radius, double[] bbox) {

    public boolean near() {
        return nearLat != null;
    }
}
