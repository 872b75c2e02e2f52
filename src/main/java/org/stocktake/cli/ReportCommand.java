package org.stocktake.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.reports.ReportDocument;
import org.stocktake.reports.ReportFormat;
import org.stocktake.reports.ReportService;
import org.stocktake.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report evaluation|bulletin}: the documents that go to leadership, as PDF, DOCX or XLSX. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    enum Kind {
        evaluation,
        bulletin
    }

    @Parameters(paramLabel = "KIND", descriptionKey = "cli.help.report.kind")
    Kind kind;

    @Option(names = "--as-of", required = true, descriptionKey = "cli.help.report.as-of")
    String asOf;

    @Option(names = "--format", defaultValue = "pdf", descriptionKey = "cli.help.report.format")
    String format;

    @Option(names = "--out", required = true, descriptionKey = "cli.help.report.out")
    Path out;

    @Option(names = "--plan", descriptionKey = "cli.help.report.plan")
    String plan;

    @Option(names = "--lang", defaultValue = "zh", descriptionKey = "cli.help.report.lang")
    String lang;

    /** {@code 2025-06} as that month; a bare year means its December. */
    private static java.time.YearMonth month(String text) {
        return text.length() == 4
                ? java.time.YearMonth.of(Integer.parseInt(text), 12)
                : java.time.YearMonth.parse(text);
    }

    @Override
    public Integer call() throws Exception {
        ReportFormat chosen = ReportFormat.parse(format);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try (ConfigurableApplicationContext context = Spring.start(false)) {
            ReportService reports = context.getBean(ReportService.class);
            ReportDocument document = kind == Kind.evaluation
                    ? reports.evaluation(plan, Integer.parseInt(asOf.substring(0, 4)), locale)
                    : reports.bulletin(org.stocktake.accounts.Actor.system("cli"), plan, month(asOf), locale);
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".report", "." + chosen.extension());
            Files.write(temp, reports.write(document, chosen));
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println(Messages.zh("cli.report.written", out));
        return 0;
    }
}
