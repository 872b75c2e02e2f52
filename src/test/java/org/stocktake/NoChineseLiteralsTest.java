package org.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text lives in the message bundles: a string literal holding a Chinese character
 * in {@code src/main/java} fails this test, naming the file and line, unless it is in a log statement
 * or in a constant on the allow-list below (Chinese that is data, not interface: words that readers of
 * Chinese files look for, or that the data itself is written in); {@code file#*} allows a whole file
 * that holds nothing but such data. The command line's help is in the
 * bundles too (picocli reads it through {@code resourceBundle = "messages"}).
 */
class NoChineseLiteralsTest {

    /** Constants holding Chinese that the platform reads or writes as data, never as interface: {@code file#CONSTANT} and why. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry(
                    "org/stocktake/supervision/TaskWorkbook.java#HEADER",
                    "the 任务分工表 columns an imported workbook must have"),
            Map.entry("org/stocktake/supervision/TaskWorkbook.java#ONGOING", "the 任务分工表 deadline word for no deadline"),
            Map.entry(
                    "org/stocktake/supervision/TaskWorkbook.java#LONG_TERM", "the 任务分工表 deadline word for no deadline"),
            Map.entry("org/stocktake/supervision/TaskWorkbook.java#SHEET", "the 任务分工表 sheet name"),
            Map.entry("org/stocktake/supervision/TaskWorkbook.java#CODE_SUFFIX", "marks after a 序号 in the 任务分工表"),
            Map.entry(
                    "org/stocktake/supervision/TaskWorkbook.java#UNIT_SEPARATORS",
                    "marks between unit names in the 任务分工表"),
            Map.entry("org/stocktake/supervision/TaskWorkbook.java#UNIT_JOIN", "the mark between unit names on export"),
            Map.entry(
                    "org/stocktake/supervision/TaskWorkbook.java#MONTH_END",
                    "deadline phrases (2025年6月底) in the 任务分工表"),
            Map.entry("org/stocktake/supervision/TaskWorkbook.java#YEAR_END", "deadline phrases (2025年底) in the 任务分工表"),
            Map.entry("org/stocktake/observations/DefaultDataset.java#UNIT_GDP", "the unit as the seed data writes it"),
            Map.entry(
                    "org/stocktake/observations/DefaultDataset.java#UNIT_POPULATION",
                    "the unit as the seed data writes it"),
            Map.entry(
                    "org/stocktake/plan/reading/Grammar.java#*",
                    "the policy-text reader's vocabulary: the words of Chinese policy grammar it looks for"),
            Map.entry(
                    "org/stocktake/plan/reading/Quantities.java#*",
                    "the reader's comparator words (达到, 以上, 以内, 稳定在 …) and their meaning"),
            Map.entry(
                    "org/stocktake/plan/reading/Targets.java#*",
                    "the reader's target grammar: 分别/均, leading connectives, attributive 的"),
            Map.entry(
                    "org/stocktake/plan/reading/Deadlines.java#*",
                    "the reader's deadline grammar: numerals, 于/在 before a date"),
            Map.entry(
                    "org/stocktake/plan/reading/Clauses.java#*",
                    "the punctuation that ends clauses and sentences in Chinese text"),
            Map.entry("org/stocktake/plan/reading/Sections.java#*", "the full stop that ends a run-in heading's title"),
            Map.entry(
                    "org/stocktake/plan/reading/Gazetteer.java#*",
                    "official abbreviations of unit names (委员会 → 委, 人民政府 → 政府)"),
            Map.entry(
                    "org/stocktake/plan/reading/PolicyDocuments.java#*",
                    "the punctuation that ends a paragraph when PDF lines are joined"),
            Map.entry(
                    "org/stocktake/plan/reading/Units.java#*",
                    "the reader's unit-list grammar: role words (牵头, 参与, 指导), list marks, 等"),
            Map.entry("org/stocktake/plan/reading/Tasks.java#*", "the bracket that opens a unit list"),
            Map.entry(
                    "org/stocktake/plan/reading/DraftPlan.java#*",
                    "dates, heading punctuation and parity/rank words read into a draft"),
            Map.entry(
                    "org/stocktake/reports/OfficialStyles.java#*",
                    "the font family names GB/T 9704 documents name in DOCX (仿宋, 黑体, 楷体, 宋体, 方正小标宋简体)"),
            Map.entry(
                    "org/stocktake/reports/Outline.java#*",
                    "the numerals and marks of official documents' heading numbers (一、 （一）)"));

    private static final Pattern LOG =
            Pattern.compile("\\b(log|LOG|logger|LOGGER)\\s*\\.\\s*(trace|debug|info|warn|error)\\s*\\(");

    @Test
    void noChineseTextOutsideTheBundles() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                found.addAll(violations(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found)
                .as("Chinese text in Java: move it to messages*.properties (or log it, or allow-list a data constant)")
                .isEmpty();
        assertThat(ALLOWED.keySet())
                .allSatisfy(k -> assertThat(Files.exists(root.resolve(k.substring(0, k.indexOf('#')))))
                        .as(k + " exists")
                        .isTrue());
    }

    /** {@code file:line: literal} for each Chinese literal of a source that is neither logged nor allowed. */
    static List<String> violations(String name, String source) {
        List<String> out = new ArrayList<>();
        for (Literal l : scan(source)) {
            if (!l.inLog() && !ALLOWED.containsKey(name + "#" + l.constant()) && !ALLOWED.containsKey(name + "#*")) {
                out.add(name + ":" + l.line() + ": " + l.text());
            }
        }
        return out;
    }

    private static final String FIXTURE = """
            package x;
            // 注释里的中文不算
            /* 块注释："也不算" */
            @Command(description = "帮助 / help")
            class Fixture {
                @Option(names = {"-o", "--out"}, description = "输出文件 / output file")
                java.nio.file.Path out;
                static final java.util.List<String> HEADER = java.util.List.of(
                        "序号", "重点任务");
                String shown() {
                    log.info("日志可以用中文 {}", 1);
                    LOG.warn("跨行的"
                            + "日志");
                    String plain = "ascii only";
                    char c = '"';
                    String block = \"""
                        文本块
                        \""";
                    return "界面文字" + plain + "\\"转义\\"";
                }
            }
            """;

    @Test
    void aChineseLiteralFailsNamingFileAndLine() {
        assertThat(violations("org/stocktake/x/Fixture.java", FIXTURE))
                .containsExactly(
                        "org/stocktake/x/Fixture.java:4: \"帮助 / help\"",
                        "org/stocktake/x/Fixture.java:6: \"输出文件 / output file\"",
                        "org/stocktake/x/Fixture.java:9: \"序号\"",
                        "org/stocktake/x/Fixture.java:9: \"重点任务\"",
                        "org/stocktake/x/Fixture.java:16: \"\"\" 文本块 \"\"\"",
                        "org/stocktake/x/Fixture.java:19: \"界面文字\"",
                        "org/stocktake/x/Fixture.java:19: \"\\\"转义\\\"\"");
    }

    @Test
    void anAllowListedConstantAndLogsPass() {
        // the same source under the name of a file whose HEADER constant is allowed: only the interface texts remain
        assertThat(violations("org/stocktake/supervision/TaskWorkbook.java", FIXTURE))
                .extracting(v -> v.split(":")[1])
                .containsExactly("4", "6", "16", "19", "19");
        List<Literal> all = scan(FIXTURE);
        assertThat(all).filteredOn(Literal::inLog).hasSize(3);
        assertThat(all).filteredOn(l -> "HEADER".equals(l.constant())).hasSize(2);
    }

    /** A string literal with a Chinese character, where it is, and what statement holds it. */
    record Literal(int line, String text, boolean inLog, String constant) {}

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");
    private static final Pattern CONSTANT = Pattern.compile("\\bstatic\\s+final\\b[^=(]*?\\b([A-Z][A-Z0-9_]*)\\s*=");

    /** The Chinese string literals (and text blocks) of a Java source, comments skipped. */
    static List<Literal> scan(String src) {
        List<Literal> out = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the source with comments and literal contents blanked
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
                code.append(' ');
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                code.append("' '");
                i = j + 1;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int start = line;
                int j = block ? i + 3 : i + 1;
                while (j < n && !(block ? src.startsWith("\"\"\"", j) : src.charAt(j) == '"')) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, block ? j + 3 : j + 1);
                String text = src.substring(i, end);
                line += count(src, i, end);
                if (CJK.matcher(text).find()) {
                    String statement = statement(code);
                    var constant = CONSTANT.matcher(statement);
                    out.add(new Literal(
                            start,
                            text.replaceAll("\\s+", " "),
                            LOG.matcher(statement).find(),
                            constant.find() ? constant.group(1) : null));
                }
                code.append("\"\"");
                i = end;
            } else {
                if (c == '\n') {
                    line++;
                }
                code.append(c);
                i++;
            }
        }
        return out;
    }

    /** The statement that the code read so far ends in: back to a ';' or a block's '{' or '}'. */
    private static String statement(StringBuilder code) {
        int depth = 0;
        for (int k = code.length() - 1; k >= 0; k--) {
            char c = code.charAt(k);
            if (c == '}') {
                int open = matchingOpen(code, k);
                if (open < 0 || !arrayInitializer(code, open)) {
                    return code.substring(k + 1);
                }
                k = open;
            } else if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth = Math.max(0, depth - 1);
            } else if (c == '{') {
                if (depth > 0) {
                    depth--;
                } else if (!arrayInitializer(code, k)) {
                    return code.substring(k + 1);
                }
            } else if (c == ';' && depth == 0) {
                return code.substring(k + 1);
            }
        }
        return code.toString();
    }

    /** The '{' that the '}' at {@code close} closes, or -1. */
    private static int matchingOpen(StringBuilder code, int close) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            char c = code.charAt(k);
            if (c == '}') {
                depth++;
            } else if (c == '{' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean arrayInitializer(StringBuilder code, int brace) {
        int k = brace - 1;
        while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
            k--;
        }
        return k >= 0
                && (code.charAt(k) == '=' || code.charAt(k) == ']' || code.charAt(k) == ',' || code.charAt(k) == '{');
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
