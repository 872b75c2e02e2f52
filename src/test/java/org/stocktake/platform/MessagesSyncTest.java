package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in Chinese and English, and every key a template uses exists. */
class MessagesSyncTest {

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        load("messages_zh_CN.properties").keySet());
        assertThat(load("messages.properties")).isEqualTo(load("messages_zh_CN.properties"));
    }

    @Test
    void templatesUseOnlyDefinedKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        assertThat(zh).as(file + " uses " + m.group(1)).containsKey(m.group(1));
                    }
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesSyncTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
