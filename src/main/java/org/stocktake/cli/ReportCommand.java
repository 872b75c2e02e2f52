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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report evaluation|bulletin}: the documents that go to leadership, as PDF, DOCX or XLSX. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "生成报告 / write a report: evaluation (实施效果评估报告) or bulletin (督查通报)")
final class ReportCommand implements Callable<Integer> {

    enum Kind { evaluation, bulletin }

    @Parameters(paramLabel = "KIND", description = "evaluation | bulletin")
    Kind kind;

    @Option(names = "--as-of", required = true, description = "评价截至年份，或通报月份 YYYY-MM / the year (or for a bulletin the month YYYY-MM)")
    String asOf;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf | docx | xlsx (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", required = true, description = "输出文件 / output file")
    Path out;

    @Option(names = "--plan", description = "计划代码或其开头 / plan code or its prefix")
    String plan;

    @Option(names = "--lang", defaultValue = "zh", description = "zh | en (default ${DEFAULT-VALUE})")
    String lang;

    /** {@code 2025-06} as that month; a bare year means its December. */
    private static java.time.YearMonth month(String text) {
        return text.length() == 4 ? java.time.YearMonth.of(Integer.parseInt(text), 12) : java.time.YearMonth.parse(text);
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
        System.out.println("已生成 / written: " + out);
        return 0;
    }
}
