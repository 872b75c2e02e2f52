package org.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text lives in the message bundles: a string literal holding a Chinese character
 * in {@code src/main/java} fails this test, naming the file and line, unless it is in a log statement
 * or in a constant on the allow-list below (Chinese that is data, not interface: words the readers of
 * Chinese files look for).
 */
class NoChineseLiteralsTest {

    /** Constants holding Chinese that the platform reads, never shows: {@code file#CONSTANT} and why. */
    static final Map<String, String> ALLOWED = Map.ofEntries();

    /**
     * Files whose Chinese texts are not in the bundles yet, with how many literals each still holds.
     * The number may only go down; a file not listed here may hold none.
     */
    static final Map<String, Integer> NOT_YET = Map.ofEntries();

    private static final Pattern LOG = Pattern.compile("\\b(log|LOG|logger|LOGGER)\\s*\\.\\s*(trace|debug|info|warn|error)\\s*\\(");

    @Test
    void noChineseTextOutsideTheBundles() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        Map<String, Integer> perFile = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                for (Literal l : scan(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (l.inLog() || ALLOWED.containsKey(name + "#" + l.constant())) {
                        continue;
                    }
                    perFile.merge(name, 1, Integer::sum);
                    if (!NOT_YET.containsKey(name)) {
                        found.add(name + ":" + l.line() + ": " + l.text());
                    }
                }
            }
        }
        perFile.forEach((name, count) -> {
            Integer allowed = NOT_YET.get(name);
            if (allowed != null && count > allowed) {
                found.add(name + ": " + count + " Chinese literals, more than the " + allowed + " still waiting to move");
            }
        });
        assertThat(found).as("Chinese text in Java: move it to messages*.properties (or log it, or allow-list a data constant)")
                .isEmpty();
        assertThat(ALLOWED.keySet()).allSatisfy(k -> assertThat(Files.exists(root.resolve(k.substring(0, k.indexOf('#')))))
                .as(k + " exists").isTrue());
    }

    @Test
    void theScannerFindsWhatItMustAndOnlyThat() {
        String source = """
                package x;
                // 注释里的中文不算
                /* 块注释："也不算" */
                class Fixture {
                    static final java.util.Set<String> WORDS = java.util.Set.of(
                            "到", "年");
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
        List<Literal> found = scan(source).stream().filter(l -> !l.inLog()).toList();
        assertThat(found).extracting(Literal::line).containsExactly(6, 6, 13, 16, 16);
        assertThat(found.get(0).constant()).isEqualTo("WORDS");
        assertThat(found.get(3).constant()).isNull();
        assertThat(scan(source).stream().filter(Literal::inLog)).hasSize(3);
    }

    /** A string literal with a Chinese character, where it is, and what statement holds it. */
    record Literal(int line, String text, boolean inLog, String constant) {
    }

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
                    out.add(new Literal(start, text.replaceAll("\\s+", " "), LOG.matcher(statement).find(),
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
            if (c == ')' || c == ']' || c == '}') {
                if (c == '}' && depth == 0) {
                    return code.substring(k + 1);
                }
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

    private static boolean arrayInitializer(StringBuilder code, int brace) {
        int k = brace - 1;
        while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
            k--;
        }
        return k >= 0 && (code.charAt(k) == '=' || code.charAt(k) == ']' || code.charAt(k) == ',' || code.charAt(k) == '{');
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
