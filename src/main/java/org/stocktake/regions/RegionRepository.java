package org.stocktake.regions;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.RegionLevel;

@Repository
class RegionRepository {

    private static final String UPSERT = """
            insert into regions_region (code, name_zh, name_en, level, parent_code, path, seq)
            values (:code, :zh, :en, :level, :parent, :path, :seq)
            on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                level = excluded.level, parent_code = excluded.parent_code, path = excluded.path, seq = excluded.seq
            """;

    private static final String ALL = """
            select code, name_zh, name_en, level, parent_code, path from regions_region order by seq
            """;

    private static final String GROUPS = """
            select g.code, g.name_zh, g.name_en, g.kind,
                   array(select m.region_code from regions_group_member m
                         join regions_region r on r.code = m.region_code
                         where m.group_code = g.code order by r.seq) as members
            from regions_group g order by g.seq
            """;

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(Region region, int seq) {
        jdbc.sql(UPSERT)
                .param("code", region.code())
                .param("zh", region.name().zh())
                .param("en", region.name().en())
                .param("level", region.level().code())
                .param("parent", region.parentCode())
                .param("path", region.path())
                .param("seq", seq)
                .update();
    }

    List<Region> all() {
        return jdbc.sql(ALL)
                .query((rs, n) -> new Region(
                        rs.getString("code"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        RegionLevel.of(rs.getString("level")).orElseThrow(),
                        rs.getString("parent_code"),
                        rs.getString("path")))
                .list();
    }

    void replaceGroups(String owner, List<RegionGroup> groups) {
        jdbc.sql("delete from regions_group where owner = :owner")
                .param("owner", owner)
                .update();
        int seq = 0;
        for (RegionGroup g : groups) {
            jdbc.sql(
                            "insert into regions_group (code, name_zh, name_en, kind, owner, seq) values (:c, :zh, :en, :k, :o, :s)")
                    .param("c", g.code())
                    .param("zh", g.name().zh())
                    .param("en", g.name().en())
                    .param("k", g.kind())
                    .param("o", owner)
                    .param("s", seq++)
                    .update();
            for (String member : g.members()) {
                jdbc.sql("insert into regions_group_member (group_code, region_code) values (:g, :r)")
                        .param("g", g.code())
                        .param("r", member)
                        .update();
            }
        }
    }

    List<RegionGroup> groups() {
        return jdbc.sql(GROUPS)
                .query((rs, n) -> new RegionGroup(
                        rs.getString("code"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("kind"),
                        List.of((String[]) rs.getArray("members").getArray())))
                .list();
    }
}
