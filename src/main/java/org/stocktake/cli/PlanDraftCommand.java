package org.stocktake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanDrafts;
import org.stocktake.plan.PlanFiles;
import org.stocktake.shared.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan draft FILE}: reads a policy document (text, DOCX, PDF) and writes a draft plan file
 * ({@code --format yaml}, the default) or the reading in the annotation schema ({@code --format json}).
 * Needs no database: unit names are matched against the units of a plan file (the shipped plan's by
 * default, or {@code --units PLAN.yaml}).
 */
@Command(name = "draft", mixinStandardHelpOptions = true)
final class PlanDraftCommand implements Callable<Integer> {

    private static final String SHIPPED_PLAN = "/plans/hunan-central-2021.yaml";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.plan-draft.file")
    Path file;

    @Option(
            names = {"-o", "--out"},
            descriptionKey = "cli.help.plan-draft.out")
    Path out;

    @Option(names = "--format", defaultValue = "yaml", descriptionKey = "cli.help.plan-draft.format")
    String format;

    @Option(names = "--code", descriptionKey = "cli.help.plan-draft.code")
    String code;

    @Option(names = "--region", defaultValue = "430000", descriptionKey = "cli.help.plan-draft.region")
    String region;

    @Option(names = "--units", paramLabel = "PLAN.yaml", descriptionKey = "cli.help.plan-draft.units")
    Path units;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("yaml") && !f.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.plan.draft.format", format));
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(Messages.zh("cli.no-file", file));
        }
        String text;
        try {
            text = PlanDrafts.text(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (PlanDrafts.UnreadableDocument e) {
            throw new IOException(file + ": " + Messages.zh(e.reason(), e.args()), e);
        }
        String written = f.equals("json") ? PlanDrafts.readingJson(docId(), text) : draft(text);
        if (out == null) {
            System.out.print(written);
        } else {
            Files.writeString(out, written, StandardCharsets.UTF_8);
            System.out.println(Messages.zh("cli.plan.draft.wrote", out));
        }
        return 0;
    }

    private String draft(String text) throws IOException {
        String planCode = code != null ? code : docId();
        int year = Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
        return PlanFiles.write(PlanDrafts.draft(text, planCode, region, units(), year));
    }

    private java.util.List<PlanDocument.Unit> units() throws IOException {
        if (units != null) {
            if (!Files.isRegularFile(units)) {
                throw new IOException(Messages.zh("cli.no-file", units));
            }
            return PlanDrafts.unitsOfPlanFile(Files.readString(units, StandardCharsets.UTF_8));
        }
        try (InputStream in = PlanDraftCommand.class.getResourceAsStream(SHIPPED_PLAN)) {
            return in == null
                    ? java.util.List.of()
                    : PlanDrafts.unitsOfPlanFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The file's name without its extension, as a code (letters, digits, '-', '_', '.'). */
    private String docId() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_.-]", "-");
        return base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0)) ? "draft" + base : base;
    }
}
