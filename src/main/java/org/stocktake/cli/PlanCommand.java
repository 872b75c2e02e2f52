package org.stocktake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.accounts.Actor;
import org.stocktake.plan.PlanService;
import org.stocktake.shared.Messages;
import org.stocktake.verdicts.Decomposed;
import org.stocktake.verdicts.VerdictService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plan import|export|validate|draft}: plan files in and out of the platform, and drafts read from policy text. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        subcommands = {
            PlanCommand.Import.class,
            PlanCommand.Export.class,
            PlanCommand.Validate.class,
            PlanCommand.Decompose.class,
            PlanDraftCommand.class
        })
final class PlanCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.plan.subcommand"));
    }

    static String readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Messages.zh("cli.no-file", file));
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.plan-import.file")
        Path file;

        @Override
        public Integer call() throws IOException {
            String yaml = readFile(file);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                System.out.println(Messages.zh("cli.importing", file.getFileName()));
                System.out.flush();
                var imported = context.getBean(PlanService.class)
                        .importPlan(file.getFileName().toString(), yaml);
                System.out.println(Messages.zh(
                        "cli.plan.imported",
                        imported.code(),
                        imported.articles(),
                        imported.targets(),
                        imported.tasks()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Option(names = "--plan", descriptionKey = "cli.help.plan-export.plan")
        String plan;

        @Option(
                names = {"-o", "--out"},
                descriptionKey = "cli.help.plan-export.out")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                String yaml = context.getBean(PlanService.class).exportPlan(plan);
                if (out == null) {
                    System.out.print(yaml);
                } else {
                    Files.writeString(out, yaml, StandardCharsets.UTF_8);
                }
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            String yaml = readFile(file);
            try (ConfigurableApplicationContext context = Spring.start(false)) {
                var plan = context.getBean(PlanService.class)
                        .validate(file.getFileName().toString(), yaml);
                System.out.println(Messages.zh("cli.plan.valid", plan.code()));
            }
            return 0;
        }
    }

    /** {@code plan decompose FILE}: a target decomposition (目标分解), all or nothing, as the operator at the machine. */
    @Command(name = "decompose", mixinStandardHelpOptions = true)
    static final class Decompose implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.plan-decompose.file")
        Path file;

        @Option(names = "--plan", descriptionKey = "cli.help.plan-decompose.plan")
        String plan;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IOException(Messages.zh("cli.no-file", file));
            }
            byte[] content = Files.readAllBytes(file);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                System.out.println(Messages.zh("cli.importing", file.getFileName()));
                System.out.flush();
                Decomposed done = context.getBean(VerdictService.class)
                        .decompose(
                                Actor.system("plan-decompose"),
                                plan,
                                file.getFileName().toString(),
                                content);
                System.out.println(Messages.zh(
                        "cli.plan.decomposed",
                        Integer.toString(done.regionTargets()),
                        Integer.toString(done.targets().size())));
            }
            return 0;
        }
    }
}
