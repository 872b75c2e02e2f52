package org.stocktake.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.enclaves.EnclaveService;
import org.stocktake.enclaves.View;
import org.stocktake.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code enclaves import|ledger}: agreements in, the ledger of a year in one view out. */
@Command(
        name = "enclaves",
        mixinStandardHelpOptions = true,
        subcommands = {EnclavesCommand.Import.class, EnclavesCommand.LedgerCommand.class})
final class EnclavesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.enclaves.subcommand"));
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.enclaves.file")
        Path file;

        @Option(names = "--user", descriptionKey = "cli.help.data-import.user")
        String user;

        @Override
        public Integer call() throws Exception {
            String csv = ParksCommand.read(file);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                int n = context.getBean(EnclaveService.class)
                        .importAgreements(
                                DataCommand.operator(user), file.getFileName().toString(), csv);
                System.out.println(Messages.zh("cli.enclaves.imported", n));
            }
            return 0;
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true)
    static final class LedgerCommand implements Callable<Integer> {
        @Option(names = "--year", required = true, descriptionKey = "cli.help.enclaves.year")
        int year;

        @Option(names = "--view", required = true, descriptionKey = "cli.help.enclaves.view")
        String view;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.help.enclaves.out")
        Path out;

        @Option(names = "--lang", defaultValue = "zh", descriptionKey = "cli.help.report.lang")
        String lang;

        @Override
        public Integer call() throws Exception {
            View chosen = View.of(view)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.zh("cli.enclaves.view", view)));
            Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                EnclaveService enclaves = context.getBean(EnclaveService.class);
                EnclaveService.LedgerView ledger = enclaves.ledger(DataCommand.operator(null), year, chosen);
                Path parent = out.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temp = Files.createTempFile(parent, ".ledger", ".csv");
                Files.writeString(temp, enclaves.csv(ledger, locale), StandardCharsets.UTF_8);
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println(
                        Messages.zh("cli.enclaves.written", ledger.lines().size(), out));
                if (ledger.notForPublication()) {
                    System.out.println(Messages.zh("cli.enclaves.not-for-publication"));
                }
            }
            return 0;
        }
    }
}
