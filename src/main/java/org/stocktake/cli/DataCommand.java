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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code data import|export|history}: observation files in and out, and the history of a value. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "观测数据 / observations",
        subcommands = {DataCommand.Import.class, DataCommand.Export.class, DataCommand.History.class})
final class DataCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "缺少子命令 / missing subcommand: import, export or history");
    }

    /**
     * Whoever runs the command on the server's console acts as the operator (the platform itself,
     * {@code system:cli}), under the name given with {@code --user} when there is one.
     */
    static Actor operator(String user) {
        return user == null || user.isBlank() ? Actor.system("cli") : new Actor(user.strip(), Actor.system("cli").role(), null, null);
    }

    static DataFormat format(String name, Path file) {
        if (name == null) {
            return DataFormat.guess(file.getFileName().toString());
        }
        return DataFormat.of(name).orElseThrow(() -> new IllegalArgumentException(
                "未知格式 / unknown format: " + name + " (csv, xlsx, sdmx)"));
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "导入观测数据（整个文件先校验，整体成功或整体不变；重复导入不改变任何数据）/ "
                    + "import observations: the whole file is checked first, all or nothing; re-importing changes nothing")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "CSV, XLSX 或 SDMX-CSV 文件 / file")
        Path file;
        @Option(names = "--user", description = "操作人 / who imports, as the operator (default: system)")
        String user;
        @Option(names = "--reason", description = "原因 / why")
        String reason;
        @Option(names = "--status", defaultValue = "submitted",
                description = "新修订的状态 / status of the new revisions: draft, submitted, approved (default ${DEFAULT-VALUE})")
        String status;
        @Option(names = "--source", description = "无来源的行使用的来源 / source for rows without one (default: the file name)")
        String source;
        @Option(names = "--indicator-dimension", description = "SDMX 中指标所在的列 / SDMX column of the indicator (default INDICATOR)")
        String dimension;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IOException("找不到文件 / no such file: " + file);
            }
            Status target = Status.of(status).filter(s -> s != Status.RETURNED).orElseThrow(() ->
                    new IllegalArgumentException("状态应为 draft、submitted 或 approved / status: draft, submitted or approved"));
            ImportRequest request = new ImportRequest(file, file.getFileName().toString(), reason, target, source,
                    dimension);
            try (ConfigurableApplicationContext context = Spring.startWriter()) {
                System.out.println("正在导入 / importing " + file.getFileName() + " …");
                System.out.flush();
                print(context.getBean(ImportService.class).importFile(operator(user), request));
            }
            return 0;
        }

        private static void print(ImportResult r) {
            System.out.printf(Locale.ROOT, "已导入 / imported: %d 行 rows, %d 条新修订 new revisions, %d 行未变 unchanged%n",
                    r.rows(), r.appended(), r.unchanged());
            if (r.outlierCount() > 0) {
                System.out.printf(Locale.ROOT, "%d 个值远离其序列历史（稳健 z 分数 |z| > 3.5），已标记 / values flagged as far "
                        + "from their series' history:%n", r.outlierCount());
                for (Outlier o : r.outliers().subList(0, Math.min(20, r.outliers().size()))) {
                    System.out.printf(Locale.ROOT, "  行 row %d  %s = %s (中位数 median %.4g, z = %.2f)%n",
                            o.row(), o.key(), o.value().toPlainString(), o.median(), o.z());
                }
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "导出观测数据（缺省为已批准的值）/ export observations (approved values by default)")
    static final class Export implements Callable<Integer> {
        @Option(names = "--format", description = "csv | xlsx | sdmx (缺省按文件名 / default: from the file name)")
        String format;
        @Option(names = {"-o", "--out"}, required = true, description = "输出文件 / output file")
        Path out;
        @Option(names = "--indicator", description = "只导出该指标 / only this indicator")
        String indicator;
        @Option(names = "--region", description = "只导出该区划 / only this region")
        String region;
        @Option(names = "--current", description = "导出最新值（含未批准）/ export the latest values, approved or not")
        boolean current;

        @Override
        public Integer call() throws IOException {
            DataFormat chosen = format(format, out);
            try (ConfigurableApplicationContext context = Spring.start(false);
                 OutputStream stream = Files.newOutputStream(out)) {
                long rows = context.getBean(ExportService.class).export(Actor.system("cli"), chosen,
                        new ExportService.Query(indicator, region, current), stream);
                System.out.println("已导出 / exported: " + rows + " 行 rows → " + out);
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "一个值的全部修订 / every revision of a value")
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
                    System.out.println("没有记录 / no value recorded");
                }
                for (Revision r : history) {
                    System.out.printf(Locale.ROOT, "#%d  %s  %s %s  %s  %s  %s  %s%n", r.revision(), r.changedAt(),
                            r.value().toPlainString(), r.unit() == null ? "" : r.unit(), r.status().code(),
                            r.changedBy(), r.reason() == null ? "" : r.reason(), r.source());
                }
            }
            return 0;
        }
    }
}
