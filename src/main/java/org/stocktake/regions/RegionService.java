package org.stocktake.regions;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import org.stocktake.shared.RegionLevel;

/** Regions and region groups: loading the divisions file, looking regions up, listing groups. */
@Service
public class RegionService {

    private final RegionRepository repository;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    /**
     * Loads a divisions file ({@code code,name_zh,name_en,level,parent_code}); parents come
     * before children. All rows are checked before any is written.
     */
    @Transactional
    public int loadDivisions(String source, Reader csv) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv)
                .getRecords();
        Map<String, Region> byCode = new HashMap<>();
        repository.all().forEach(r -> byCode.put(r.code(), r));
        List<Region> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (CSVRecord row : rows) {
            long line = row.getRecordNumber() + 1;
            String code = row.get("code").trim();
            String levelCode = row.get("level").trim();
            String parent = row.get("parent_code").trim();
            if (!code.matches("\\d{6}")) {
                problems.add(Problem.of(Messages.zh("where.row-column", line, "code"), "regions.code-digits"));
                continue;
            }
            RegionLevel level = RegionLevel.of(levelCode).orElse(null);
            if (level == null) {
                problems.add(
                        Problem.of(Messages.zh("where.row-column", line, "level"), "regions.level.unknown", levelCode));
                continue;
            }
            Region parentRegion = parent.isEmpty() ? null : byCode.get(parent);
            if (!parent.isEmpty() && parentRegion == null) {
                problems.add(Problem.of(
                        Messages.zh("where.row-column", line, "parent_code"), "regions.parent.unknown", parent));
                continue;
            }
            String path = parentRegion == null ? "/" + code : parentRegion.path() + "/" + code;
            Region region = new Region(
                    code,
                    new LocalizedText(
                            row.get("name_zh").trim(), row.get("name_en").trim()),
                    level,
                    parent.isEmpty() ? null : parent,
                    path);
            byCode.put(code, region);
            loaded.add(region);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        for (int i = 0; i < loaded.size(); i++) {
            repository.upsert(loaded.get(i), i);
        }
        return loaded.size();
    }

    public List<Region> all() {
        return repository.all();
    }

    public Optional<Region> find(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<Region> children(String parentCode) {
        return all().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
    }

    /** Replaces the groups that one owner (a plan) defines. */
    @Transactional
    public void replaceGroups(String owner, List<RegionGroup> groups) {
        repository.replaceGroups(owner, groups);
    }

    public List<RegionGroup> groups() {
        return repository.groups();
    }
}
