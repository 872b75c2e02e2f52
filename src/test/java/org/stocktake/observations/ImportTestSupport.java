package org.stocktake.observations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/** Writes import files under target/ and counts what the database holds. */
abstract class ImportTestSupport extends PlatformTest {

    /** A coordinator named "tester", who may load approved values. */
    static final Actor TESTER = new Actor("tester", Role.COORDINATOR, null, null);

    /** A second coordinator, who approves what the tester loaded (four eyes). */
    static final Actor CHECKER = new Actor("checker", Role.COORDINATOR, null, null);

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
        return imports.importFile(TESTER, ImportRequest.of(file, "test import", status));
    }

    long revisions() {
        return jdbc.sql("select count(*) from data_revision").query(Long.class).single();
    }

    long importsLogged() {
        return jdbc.sql("select count(*) from data_import").query(Long.class).single();
    }
}
