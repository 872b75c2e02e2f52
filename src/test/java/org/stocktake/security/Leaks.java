package org.stocktake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** What no answer may contain: the server's folders, Java class or package names, exception names, stack frames. */
final class Leaks {

    private static final List<String> MARKERS = List.of(
            ".java",
            "org.stocktake",
            "org.springframework",
            "org.apache",
            "org.postgresql",
            "jakarta.",
            "java.lang",
            "java.io",
            "Exception",
            "\tat ",
            "/tmp/",
            "No enum constant",
            "Tomcat/");

    private Leaks() {}

    static void assertNone(String context, String body) {
        String text = body == null ? "" : body;
        for (String marker : MARKERS) {
            assertThat(text).as(context + " reveals " + marker).doesNotContain(marker);
        }
        for (String dir : List.of(
                Path.of("target").toAbsolutePath().toString(),
                System.getProperty("java.io.tmpdir"),
                Path.of("").toAbsolutePath().toString())) {
            if (dir != null && dir.length() > 1) {
                assertThat(text).as(context + " reveals the folder " + dir).doesNotContain(dir + "/");
            }
        }
    }

    /** The start of an answer, for a failure message. */
    static String head(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
