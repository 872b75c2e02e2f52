package org.stocktake.regions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stocktake.shared.Messages;

/**
 * Prefecture boundaries of Hunan for maps: the ECharts-format GeoJSON from the Apache-2.0
 * {@code echarts@4.9.0} package, shipped unmodified.
 */
public final class Boundaries {

    public static final String ATTRIBUTION = Messages.zh("regions.boundaries.attribution");

    private Boundaries() {}

    public static String hunanPrefectures() {
        try (InputStream in = Boundaries.class.getResourceAsStream("/hunan/hunan-prefectures.geo.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
