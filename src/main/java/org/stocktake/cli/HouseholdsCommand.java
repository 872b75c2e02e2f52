package org.stocktake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.accounts.Actor;
import org.stocktake.households.CasesService;
import org.stocktake.households.CheckLine;
import org.stocktake.households.ClueView;
import org.stocktake.households.FeedFiles;
import org.stocktake.households.HouseholdsService;
import org.stocktake.households.ImportSummary;
import org.stocktake.households.SampleGenerator;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code households import|generate|screen|check}: 防返贫 monitoring at the machine, as the operator. */
@Command(
        name = "households",
        mixinStandardHelpOptions = true,
        subcommands = {
            HouseholdsCommand.Import.class,
            HouseholdsCommand.Generate.class,
            HouseholdsCommand.Screen.class,
            HouseholdsCommand.Check.class
        })
final class HouseholdsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.households.subcommand"));
    }

    static final Actor OPERATOR = Actor.system("cli");

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.households.file")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IOException(Messages.zh("cli.no-file", file));
            }
            try (ConfigurableApplicationContext context = Spring.startWriter();
                    InputStream in = Files.newInputStream(file)) {
                ImportSummary s = context.getBean(HouseholdsService.class)
                        .importExtract(OPERATOR, file.getFileName().toString(), in);
                System.out.println(Messages.zh("cli.households.imported", s.added(), s.changed(), s.unchanged()));
            }
            return 0;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true)
    static final class Generate implements Callable<Integer> {
        @Option(names = "--county", paramLabel = "CODE", descriptionKey = "cli.help.households.county")
        String county;

        @Option(names = "--province", descriptionKey = "cli.help.households.province")
        boolean province;

        @Option(names = "--households", paramLabel = "N", descriptionKey = "cli.help.households.count")
        Long households;

        @Option(
                names = "--feed-rows",
                paramLabel = "N",
                defaultValue = "1000000",
                descriptionKey = "cli.help.households.feed-rows")
        int feedRows;

        @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.help.households.out")
        Path out;

        @Override
        public Integer call() throws IOException {
            LocalDate today = LocalDate.now(Clock.system(java.time.ZoneId.systemDefault()));
            SampleGenerator.Written w;
            if (province == (county != null)) {
                throw new IllegalArgumentException(Messages.zh("cli.households.county-or-province"));
            }
            if (province) {
                w = SampleGenerator.province(
                        out, counties(), households == null ? 5_000_000L : households, feedRows, today);
            } else {
                w = SampleGenerator.county(out, county, households == null ? 50_000 : households.intValue(), today);
            }
            System.out.println(
                    Messages.zh("cli.households.generated", w.households(), w.members(), w.feeds(), w.feedRows()));
            return 0;
        }

        /** Hunan's counties, from the divisions that ship with Stocktake. */
        static List<String> counties() throws IOException {
            try (InputStream in = HouseholdsCommand.class.getResourceAsStream("/hunan/divisions.csv")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .map(l -> l.split(","))
                        .filter(f -> f.length > 3 && "county".equals(f[3]))
                        .map(f -> f[0])
                        .toList();
            }
        }
    }

    @Command(name = "screen", mixinStandardHelpOptions = true)
    static final class Screen implements Callable<Integer> {
        @Option(names = "--feeds", required = true, paramLabel = "DIR", descriptionKey = "cli.help.households.feeds")
        Path feeds;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "CLUES.csv",
                descriptionKey = "cli.help.households.clues")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                CasesService cases = context.getBean(CasesService.class);
                long before = cases.lastClue();
                CasesService.ScreenSummary s = cases.screen(OPERATOR, FeedFiles.in(feeds));
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                        CSVPrinter csv = CSVFormat.DEFAULT
                                .builder()
                                .setHeader("clue", "county", "household", "id_number", "kind", "amount_yuan")
                                .get()
                                .print(w)) {
                    for (ClueView c : cases.cluesAfter(OPERATOR, before)) {
                        csv.printRecord(
                                c.id(),
                                c.reason(),
                                c.household() == null ? "" : c.household(),
                                c.idMasked(),
                                c.kind(),
                                java.math.BigDecimal.valueOf(c.amountFen(), 2).toPlainString());
                    }
                }
                System.out.println(
                        Messages.zh("cli.households.screened", s.rows(), s.householdClues(), s.residentClues()));
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Option(
                names = "--out",
                required = true,
                paramLabel = "PROBLEMS.csv",
                descriptionKey = "cli.help.households.problems")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                List<CheckLine> lines = context.getBean(HouseholdsService.class).check(OPERATOR);
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                        CSVPrinter csv = CSVFormat.DEFAULT
                                .builder()
                                .setHeader("household", "county", "kind", "rule", "subject", "zh", "en")
                                .get()
                                .print(w)) {
                    for (CheckLine l : lines) {
                        LocalizedText t = LocalizedText.of(l.key());
                        csv.printRecord(l.household(), l.county(), l.kind(), l.key(), l.subject(), t.zh(), t.en());
                    }
                }
                System.out.println(Messages.zh("cli.households.checked", lines.size()));
            }
            return 0;
        }
    }
}
