package org.stocktake.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.accounts.Actor;
import org.stocktake.observations.DataFormat;
import org.stocktake.observations.ExportService;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportResult;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.ObservationKey;
import org.stocktake.observations.ObservationService;
import org.stocktake.observations.Outlier;
import org.stocktake.observations.Revision;
import org.stocktake.observations.Status;
import org.stocktake.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code data import|export|history|confirm}: observation files in and out, the history of a
 * value, and the confirmation of a class C value against an official page.
 */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        subcommands = {
            DataCommand.Import.class,
            DataCommand.Export.class,
            DataCommand.History.class,
            DataCommand.Confirm.class
        })
final class DataCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.data.subcommand"));
    }

    /**
     * Whoever runs the command on the server's console acts as the operator (the platform itself,
     * {@code system:cli}), under the name given with {@code --user} when there is one.
     */
    static Actor operator(String user) {
        return user == null || user.isBlank()
                ? Actor.system("cli")
                : new Actor(user.strip(), Actor.system("cli").role(), null, null);
    }

    static DataFormat format(String name, Path file) {
        if (name == null) {
            return DataFormat.guess(file.getFileName().toString());
        }
        return DataFormat.of(name)
                .orElseThrow(() -> new IllegalArgumentException(Messages.zh("cli.data.format", name)));
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.data-import.file")
        Path file;

        @Option(names = "--user", descriptionKey = "cli.help.data-import.user")
        String user;

        @Option(names = "--reason", descriptionKey = "cli.help.data-import.reason")
        String reason;

        @Option(names = "--status", defaultValue = "submitted", descriptionKey = "cli.help.data-import.status")
        String status;

        @Option(names = "--source", descriptionKey = "cli.help.data-import.source")
        String source;

        @Option(names = "--indicator-dimension", descriptionKey = "cli.help.data-import.indicator-dimension")
        String dimension;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IOException(Messages.zh("cli.no-file", file));
            }
            Status target = Status.of(status)
                    .filter(s -> s != Status.RETURNED)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.zh("cli.data.status")));
            ImportRequest request =
                    new ImportRequest(file, file.getFileName().toString(), reason, target, source, dimension);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                System.out.println(Messages.zh("cli.importing", file.getFileName()));
                System.out.flush();
                print(context.getBean(ImportService.class).importFile(operator(user), request));
            }
            return 0;
        }

        private static void print(ImportResult r) {
            System.out.println(Messages.zh("cli.data.imported", r.rows(), r.appended(), r.unchanged()));
            if (r.outlierCount() > 0) {
                System.out.println(Messages.zh("cli.data.outliers", r.outlierCount()));
                for (Outlier o :
                        r.outliers().subList(0, Math.min(20, r.outliers().size()))) {
                    System.out.println(Messages.zh(
                            "cli.data.outlier",
                            o.row(),
                            o.key(),
                            o.value().toPlainString(),
                            String.format(Locale.ROOT, "%.4g", o.median()),
                            String.format(Locale.ROOT, "%.2f", o.z())));
                }
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Option(names = "--format", descriptionKey = "cli.help.data-export.format")
        String format;

        @Option(
                names = {"-o", "--out"},
                required = true,
                descriptionKey = "cli.help.data-export.out")
        Path out;

        @Option(names = "--indicator", descriptionKey = "cli.help.data-export.indicator")
        String indicator;

        @Option(names = "--region", descriptionKey = "cli.help.data-export.region")
        String region;

        @Option(names = "--current", descriptionKey = "cli.help.data-export.current")
        boolean current;

        @Override
        public Integer call() throws IOException {
            DataFormat chosen = format(format, out);
            try (ConfigurableApplicationContext context = Spring.start(false);
                    OutputStream stream = Files.newOutputStream(out)) {
                long rows = context.getBean(ExportService.class)
                        .export(
                                Actor.system("cli"),
                                chosen,
                                new ExportService.Query(indicator, region, current),
                                stream);
                System.out.println(Messages.zh("cli.data.exported", rows, out));
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true)
    static final class History implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INDICATOR")
        String indicator;

        @Parameters(index = "1", paramLabel = "REGION")
        String region;

        @Parameters(index = "2", paramLabel = "PERIOD")
        String period;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                var history = context.getBean(ObservationService.class)
                        .history(Actor.system("cli"), new ObservationKey(indicator, region, period));
                if (history.isEmpty()) {
                    System.out.println(Messages.zh("cli.data.no-history"));
                }
                for (Revision r : history) {
                    System.out.printf(
                            Locale.ROOT,
                            "#%d  %s  %s %s  %s  %s  %s  %s%n",
                            r.revision(),
                            r.changedAt(),
                            r.value().toPlainString(),
                            r.unit() == null ? "" : r.unit(),
                            r.status().code(),
                            r.changedBy(),
                            r.reason() == null ? "" : r.reason(),
                            r.source());
                    if (r.provenance().reliability() != null) {
                        System.out.println("    "
                                + Messages.zh(r.provenance().reliability().labelKey())
                                + (r.provenance().confirmed()
                                        ? "  "
                                                + Messages.zh(
                                                        "data.provenance.confirmed",
                                                        r.provenance().confirmedBy(),
                                                        r.provenance().confirmedAt())
                                        : ""));
                    }
                }
            }
            return 0;
        }
    }

    /** Confirms a published class C value against an official page; audited under the operator's name. */
    @Command(name = "confirm", mixinStandardHelpOptions = true)
    static final class Confirm implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INDICATOR")
        String indicator;

        @Parameters(index = "1", paramLabel = "REGION")
        String region;

        @Parameters(index = "2", paramLabel = "PERIOD")
        String period;

        @Option(names = "--user", descriptionKey = "cli.help.data-confirm.user")
        String user;

        @Option(names = "--reason", required = true, descriptionKey = "cli.help.data-confirm.reason")
        String reason;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                ObservationKey key = new ObservationKey(indicator, region, period);
                Revision r = context.getBean(ObservationService.class).confirm(operator(user), key, reason);
                System.out.println(
                        Messages.zh("cli.data.confirmed", key, r.value().toPlainString(), r.revision()));
            }
            return 0;
        }
    }
}
