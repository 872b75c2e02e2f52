package org.stocktake.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.PlatformTest;

/** Writes import files under target/ and counts what the database holds. */
abstract class ImportTestSupport extends PlatformTest {

    static final String HEADER = "indicator,region,period,value,unit,source,flags\n";

    @Autowired
    ImportService imports;
    @Autowired
    ObservationService observations;
    @Autowired
    ExportService exports;
    @Autowired
    JdbcClient jdbc;

    static Path write(String name, String content) {
        try {
            Path dir = Files.createDirectories(Path.of("target/import-tests"));
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportResult importAs(Path file, Status status) {
        return imports.importFile(ImportRequest.of(file, "tester", "test import", status));
    }

    long revisions() {
        return jdbc.sql("select count(*) from data_revision").query(Long.class).single();
    }

    long importsLogged() {
        return jdbc.sql("select count(*) from data_import").query(Long.class).single();
    }
}
