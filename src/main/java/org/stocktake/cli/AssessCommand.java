package org.stocktake.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.assessment.Method;
import org.stocktake.plan.PlanDocument;
import org.stocktake.reports.TargetTable;
import org.stocktake.shared.Messages;
import org.stocktake.verdicts.VerdictService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code assess}: the plan's evaluation table from the stored statistics, as of a year. */
@Command(name = "assess", mixinStandardHelpOptions = true)
final class AssessCommand implements Callable<Integer> {

    static final List<String> HEADERS = TargetTable.HEADERS_ZH;

    @Option(names = "--plan", descriptionKey = "cli.help.assess.plan")
    String plan;

    @Option(names = "--as-of", required = true, descriptionKey = "cli.help.assess.as-of")
    int asOf;

    static final List<String> FORMATS = List.of("table", "csv", "json");

    @Option(names = "--method", defaultValue = "schedule", descriptionKey = "cli.help.assess.method")
    String method;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "cli.help.assess.format")
    String format;

    @Option(names = "--region", descriptionKey = "cli.help.assess.region")
    String region;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // checked before the platform starts: a wrong word is a usage error (exit 2) naming the choices
        Method chosen = Method.parse(method)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), Messages.zh("cli.assess.method", method)));
        if (!FORMATS.contains(format)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), Messages.zh("cli.assess.format", format));
        }
        try (ConfigurableApplicationContext context = Spring.start(false)) {
            VerdictService verdicts = context.getBean(VerdictService.class);
            PlanDocument document = verdicts.plan(plan);
            List<String> headers = HEADERS;
            List<List<String>> rows;
            if (region == null) {
                rows = TargetTable.rows(document, verdicts.assess(document, asOf, chosen), Locale.SIMPLIFIED_CHINESE);
            } else {
                headers = new ArrayList<>(HEADERS);
                headers.add(Messages.zh("cli.assess.basis"));
                rows = RegionRows.of(document, verdicts.assess(document, asOf, chosen, region));
            }
            List<String> columns = headers;
            System.out.print(
                    switch (format) {
                        case "csv" -> csv(columns, rows);
                        case "json" -> json(columns, rows);
                        case "table" -> table(document, columns, rows);
                        default -> throw new IllegalStateException("format checked above: " + format);
                    });
        }
        return 0;
    }

    private static String table(PlanDocument plan, List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println(plan.title().zh());
        w.println(String.join(" | ", headers));
        rows.forEach(r -> w.println(String.join(" | ", r)));
        w.flush();
        return out.toString();
    }

    private static String csv(List<String> headers, List<List<String>> rows) throws java.io.IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(headers.toArray(String[]::new))
                        .get())) {
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        return out.toString();
    }

    private static String json(List<String> headers, List<List<String>> rows) {
        List<Map<String, String>> objects = new ArrayList<>();
        for (List<String> r : rows) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                o.put(headers.get(c), r.get(c));
            }
            objects.add(o);
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(objects)
                + System.lineSeparator();
    }
}
