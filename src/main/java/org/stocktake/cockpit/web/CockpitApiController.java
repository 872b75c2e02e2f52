package org.stocktake.cockpit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chart data for the cockpit pages as JSON, and an indicator chart's rows as CSV and XLSX downloads. */
@RestController
class CockpitApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorReadModel indicators;
    private final MapReadModel maps;
    private final ReadCache cache;
    private final PlanReadModel plans;

    CockpitApiController(IndicatorReadModel indicators, MapReadModel maps, ReadCache cache, PlanReadModel plans) {
        this.indicators = indicators;
        this.maps = maps;
        this.cache = cache;
        this.plans = plans;
    }

    /** Every target of a plan with its current verdict. */
    @GetMapping("/api/v1/targets")
    List<TargetRow> targets(@RequestParam(required = false) String plan, Locale locale) {
        return plans.targets(plan, locale);
    }

    @GetMapping("/api/v1/indicators/{code}/series")
    IndicatorSeries series(@PathVariable String code, @RequestParam(required = false) String region) {
        return indicators.series(code, region);
    }

    @GetMapping("/api/v1/map")
    Map<String, Object> map(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            Locale locale) {
        return MapJson.of(maps.map(indicator, period), null, locale);
    }

    @GetMapping("/indicators/{code}/data.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) String region) {
        IndicatorSeries s = indicators.series(code, region);
        return download(
                SeriesFiles.csv(s).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                s,
                "csv");
    }

    @GetMapping("/indicators/{code}/data.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String region) {
        IndicatorSeries s = indicators.series(code, region);
        return download(
                cache.get("xlsx|" + s.indicator() + "|" + s.region(), () -> SeriesFiles.xlsx(s)), XLSX, s, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, IndicatorSeries s, String ext) {
        String name = s.indicator() + "-" + s.region() + "." + ext;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
