package org.stocktake.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every item the reader reports quotes the source exactly at its code-point offset and line, on the
 * real documents and on texts cut and shuffled from them (fixed seeds), and the reader never fails.
 */
class QuotesAndOffsetsTest {

    private static List<String> documents() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String doc : ReadingScore.DOCUMENTS) {
            texts.add(ReadingScore.text(doc));
        }
        texts.add(Files.readString(
                Path.of("src/test/resources/seed/hunan-central-region-opinions-2021.txt"), StandardCharsets.UTF_8));
        return texts;
    }

    @Test
    void quotesStandAtTheirOffsetsInTheDocuments() throws IOException {
        for (String text : documents()) {
            assertQuotesHold(text);
        }
    }

    @Test
    void cutAndShuffledTextsAreReadWithoutFailing() throws IOException {
        List<String> texts = documents();
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            String source = texts.get(random.nextInt(texts.size()));
            List<String> lines = new ArrayList<>(List.of(source.split("\n")));
            java.util.Collections.shuffle(lines, random);
            StringBuilder text = new StringBuilder();
            for (String line : lines.subList(0, Math.min(lines.size(), 1 + random.nextInt(40)))) {
                int a = random.nextInt(line.length() + 1);
                int b = a + random.nextInt(line.length() - a + 1);
                text.append(random.nextBoolean() ? line : line.substring(a, b))
                        .append(random.nextBoolean() ? "\n" : "");
            }
            text.append("\uD840\uDC00"); // a character outside the BMP shifts code points against chars
            assertQuotesHold("\uD840\uDC00" + text);
        }
    }

    private static void assertQuotesHold(String text) {
        Reading r = PolicyReader.read(text);
        for (Reading.Target t : r.targets()) {
            assertAt(text, t.quote(), t.offset(), t.line());
        }
        for (Reading.UnitList u : r.responsibleUnits()) {
            assertAt(text, u.quote(), u.offset(), u.line());
        }
        for (Reading.Deadline d : r.deadlines()) {
            assertAt(text, d.quote(), d.offset(), d.line());
        }
    }

    private static void assertAt(String text, String quote, int offset, int line) {
        int at = text.offsetByCodePoints(0, offset);
        assertThat(text.substring(at, at + quote.length())).isEqualTo(quote);
        assertThat(quote).isNotBlank();
        assertThat(text.substring(0, at).split("\n", -1).length)
                .as("line of %s", quote)
                .isEqualTo(line);
    }
}
