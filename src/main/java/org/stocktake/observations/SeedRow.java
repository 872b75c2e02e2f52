package org.stocktake.observations;

/** A value of the shipped data set with the file and row it was read from, for messages and the revision's reason. */
record SeedRow(String file, String row, Observation observation) {

    ObservationKey key() {
        Observation o = observation;
        return new ObservationKey(o.indicator(), o.region(), o.period());
    }
}
