package org.stocktake.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.parks.ParkService;
import org.stocktake.shared.Messages;
import org.stocktake.shared.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parks import|import-values|evaluate}: the park registry and values in, the yearly evaluation and its decisions out. */
@Command(
        name = "parks",
        mixinStandardHelpOptions = true,
        subcommands = {ParksCommand.Import.class, ParksCommand.ImportValues.class, ParksCommand.Evaluate.class})
final class ParksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.parks.subcommand"));
    }

    static String read(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.io.IOException(Messages.zh("cli.no-file", file));
        }
        return TextFiles.read(file);
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.parks.registry")
        Path file;

        @Option(names = "--user", descriptionKey = "cli.help.data-import.user")
        String user;

        @Override
        public Integer call() throws Exception {
            String csv = read(file);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                int n = context.getBean(ParkService.class)
                        .importParks(
                                DataCommand.operator(user), file.getFileName().toString(), csv, false);
                System.out.println(Messages.zh("cli.parks.imported", n));
            }
            return 0;
        }
    }

    @Command(name = "import-values", mixinStandardHelpOptions = true)
    static final class ImportValues implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.parks.values")
        Path file;

        @Option(names = "--user", descriptionKey = "cli.help.data-import.user")
        String user;

        @Override
        public Integer call() throws Exception {
            String csv = read(file);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                int n = context.getBean(ParkService.class)
                        .importValues(
                                DataCommand.operator(user), file.getFileName().toString(), csv);
                System.out.println(Messages.zh("cli.parks.values-imported", n));
            }
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true)
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--year", required = true, descriptionKey = "cli.help.parks.year")
        int year;

        @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.help.parks.out")
        Path out;

        @Option(names = "--document", descriptionKey = "cli.help.parks.document")
        String document;

        @Option(names = "--user", descriptionKey = "cli.help.data-import.user")
        String user;

        @Option(names = "--lang", defaultValue = "zh", descriptionKey = "cli.help.report.lang")
        String lang;

        @Override
        public Integer call() throws Exception {
            Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String doc = document == null || document.isBlank()
                    ? Messages.zh("cli.parks.document", Integer.toString(year))
                    : document;
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                ParkService parks = context.getBean(ParkService.class);
                ParkService.Run run = parks.evaluate(DataCommand.operator(user), year, doc);
                Files.createDirectories(out);
                Files.writeString(out.resolve("scores.csv"), parks.scoresCsv(run, locale), StandardCharsets.UTF_8);
                Files.writeString(
                        out.resolve("decisions.csv"), parks.decisionsCsv(run, locale), StandardCharsets.UTF_8);
                System.out.println(Messages.zh(
                        "cli.parks.evaluated",
                        Integer.toString(year),
                        run.scores().size(),
                        run.decisions().size(),
                        out));
            }
            return 0;
        }
    }
}
