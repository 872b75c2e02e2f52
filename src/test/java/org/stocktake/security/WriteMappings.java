package org.stocktake.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every write mapping in the sources ({@code POST /api/v1/tasks/{}}), read from the controllers' annotations. */
final class WriteMappings {

    private static final Pattern PREFIX = Pattern.compile("@RequestMapping\\(\"([^\"]*)\"\\)\\s*(?:@\\w+\\s*)*class ");
    private static final Pattern WRITE =
            Pattern.compile("@(?:[\\w.]+\\.)?(Post|Put|Delete|Patch)Mapping\\((?:value\\s*=\\s*)?\"([^\"]*)\"");

    private WriteMappings() {}

    static Set<String> all() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = PREFIX.matcher(source);
                String base = prefix.find() ? prefix.group(1) : "";
                Matcher write = WRITE.matcher(source);
                while (write.find()) {
                    String method = write.group(1).toUpperCase(java.util.Locale.ROOT);
                    found.add(method + " " + (base + write.group(2)).replaceAll("\\{[^}]+}", "{}"));
                }
            }
        }
        return found;
    }
}
