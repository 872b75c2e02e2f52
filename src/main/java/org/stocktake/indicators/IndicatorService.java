package org.stocktake.indicators;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.shared.LocalizedText;

/** Indicator definitions: define (insert or update), list and find. */
@Service
public class IndicatorService {

    private static final String UPSERT = """
            insert into indicators_indicator (code, name_zh, name_en, unit, polarity, description)
            values (:code, :zh, :en, :unit, :polarity, :description)
            on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                unit = excluded.unit, polarity = excluded.polarity, description = excluded.description
            """;

    private final JdbcClient jdbc;

    IndicatorService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void define(Indicator indicator) {
        jdbc.sql(UPSERT).param("code", indicator.code()).param("zh", indicator.name().zh())
                .param("en", indicator.name().en()).param("unit", indicator.unit())
                .param("polarity", indicator.polarity()).param("description", blankToNull(indicator.description()))
                .update();
    }

    /** Defines every indicator of a file {@code code,name_zh,name_en,unit,polarity,description}. */
    @Transactional
    public int defineAll(Reader csv) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            indicators.add(new Indicator(r.get("code"), new LocalizedText(r.get("name_zh"), r.get("name_en")),
                    r.get("unit"), r.get("polarity"), r.get("description")));
        }
        indicators.forEach(this::define);
        return indicators.size();
    }

    public List<Indicator> all() {
        return jdbc.sql("select * from indicators_indicator order by code").query((rs, n) -> new Indicator(
                rs.getString("code"), new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                rs.getString("unit"), rs.getString("polarity"), rs.getString("description"))).list();
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
