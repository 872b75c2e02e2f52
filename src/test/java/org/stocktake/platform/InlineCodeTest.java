package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates hold no code the Content-Security-Policy would block: every {@code <script>} either
 * loads a file or is a JSON data block, and there are no event-handler attributes ({@code onclick},
 * {@code onchange} …), {@code hx-on} attributes, {@code javascript:} links or style elements and
 * attributes.
 */
class InlineCodeTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\son[a-z]+\\s*=|\\shx-on|javascript:|<style\\b|\\sstyle\\s*=|th:style|th:attr=\"[^\"]*\\bstyle=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    String attributes = script.group(1);
                    if (!attributes.contains("src=") && !attributes.contains("type=\"application/json\"")) {
                        found.add(file.getFileName() + ": " + script.group());
                    }
                }
                Matcher bad = FORBIDDEN.matcher(html);
                while (bad.find()) {
                    found.add(file.getFileName() + ": " + bad.group().trim());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
