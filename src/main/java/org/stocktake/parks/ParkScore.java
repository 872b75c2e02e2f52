package org.stocktake.parks;

/** A park's evaluation in a year: the 五好 score and its place among its peers (null rank: too little data). */
public record ParkScore(String park, int year, Double score, String peerGroup, Integer peerRank, int peerSize) {}
