package org.stocktake.parks;

import org.stocktake.shared.LocalizedText;

/**
 * A park in the registry: its host region (where its activity is counted officially), area in
 * km², managing body, a point for the map and whether it is sample data (模拟数据).
 */
public record Park(
        String code,
        LocalizedText name,
        ParkLevel level,
        ParkKind kind,
        String region,
        Double areaKm2,
        String managedBy,
        Double lon,
        Double lat,
        boolean sample) {

    /** Parks are ranked among peers: the same level and type. */
    public String peerGroup() {
        return level.code() + "/" + kind.code();
    }
}
