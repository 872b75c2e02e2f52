package org.stocktake.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanFiles;
import org.stocktake.plan.PlanReferences;

/**
 * The Hunan seed (traditional characters) read into a draft and compared with the project's own
 * hand-encoded plan, its annotation: the 7 parts and 25 articles, the 8 quantitative 2025 targets
 * with exact kind, comparator, value, unit and year, and the 2035 goals; and the draft is a plan
 * file that {@code plan validate} accepts.
 */
class HunanDraftTest {

    static final Path SEED = Path.of("src/test/resources/seed/hunan-central-region-opinions-2021.txt");
    static final Path PLAN = Path.of("src/main/resources/plans/hunan-central-2021.yaml");

    static PlanDocument shipped;
    static PlanDocument draft;
    static PlanReferences references;

    @BeforeAll
    static void read() throws IOException {
        String yaml = Files.readString(PLAN, StandardCharsets.UTF_8);
        references = new PlanReferences(
                firstColumn(Path.of("src/main/resources/hunan/divisions.csv")),
                firstColumn(Path.of("src/main/resources/hunan/indicators.csv")));
        shipped = PlanFiles.read("hunan", yaml, references);
        var options = new PolicyReader.DraftOptions("hunan-draft", null, "430000", Gazetteer.fromPlanFile(yaml), 2025);
        draft = PolicyReader.draft(Files.readString(SEED, StandardCharsets.UTF_8), options);
    }

    @Test
    void theDraftHasTheSevenPartsAndTwentyFiveArticles() {
        assertThat(draft.parts()).hasSize(7);
        assertThat(draft.articles()).hasSize(25);
        assertThat(draft.parts())
                .extracting(PlanDocument.Part::number)
                .containsExactlyElementsOf(
                        shipped.parts().stream().map(PlanDocument.Part::number).toList());
        assertThat(draft.articles())
                .extracting(PlanDocument.Article::number)
                .containsExactlyElementsOf(shipped.articles().stream()
                        .map(PlanDocument.Article::number)
                        .toList());
    }

    @Test
    void theEightQuantitativeTargetsOf2025AreExact() {
        List<PlanDocument.Target> quantitative = shipped.targets().stream()
                .filter(t -> t.value() != null
                        && t.targetYear() == 2025
                        && t.article().equals("A02"))
                .toList();
        assertThat(quantitative).hasSize(8);
        for (PlanDocument.Target want : quantitative) {
            PlanDocument.Target got = byQuote(want.quote());
            assertThat(got.kind()).as(want.quote()).isEqualTo(want.kind());
            assertThat(got.comparator()).as(want.quote()).isEqualTo(want.comparator());
            assertThat(got.value()).as(want.quote()).isEqualByComparingTo(want.value());
            assertThat(got.unit()).as(want.quote()).isEqualTo(want.unit());
            assertThat(got.targetYear()).as(want.quote()).isEqualTo(2025);
            assertThat(got.article()).as(want.quote()).isEqualTo("A02");
        }
    }

    @Test
    void theGoalsOf2035AreAllThere() {
        List<PlanDocument.Target> goals =
                shipped.targets().stream().filter(t -> t.targetYear() == 2035).toList();
        assertThat(goals).hasSize(10);
        for (PlanDocument.Target want : goals) {
            PlanDocument.Target got = byQuote(want.quote());
            assertThat(got.targetYear()).as(want.quote()).isEqualTo(2035);
            assertThat(got.kind()).as(want.quote()).isEqualTo(want.kind());
        }
    }

    @Test
    void theDraftIsAPlanFileThatValidates() {
        String yaml = PlanFiles.write(draft);
        PlanDocument back = PlanFiles.read("draft", yaml, references);
        assertThat(back.targets()).hasSameSizeAs(draft.targets());
        assertThat(back.format()).isEqualTo(PlanDocument.FORMAT);
        assertThat(back.startYear()).isEqualTo(2021);
    }

    @Test
    void draftsOfTheDevelopmentDocumentsValidateToo() {
        for (String doc : ReadingScore.DOCUMENTS) {
            var options = new PolicyReader.DraftOptions(doc, null, "430000", new Gazetteer(shipped.units()), 2025);
            PlanDocument d = PolicyReader.draft(ReadingScore.text(doc), options);
            PlanDocument back = PlanFiles.read(doc, PlanFiles.write(d), references);
            assertThat(back.targets()).as(doc).hasSameSizeAs(d.targets()).isNotEmpty();
            assertThat(back.parts()).as(doc).isNotEmpty();
            assertThat(back.tasks())
                    .as(doc)
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.lead()).isNotNull());
        }
    }

    private static PlanDocument.Target byQuote(String quote) {
        List<PlanDocument.Target> found = draft.targets().stream()
                .filter(t -> t.quote().contains(quote) || quote.contains(t.quote()))
                .toList();
        assertThat(found).as("a draft target quoting %s", quote).isNotEmpty();
        return found.get(0);
    }

    private static Set<String> firstColumn(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(l -> l.split(",")[0])
                .collect(Collectors.toSet());
    }
}
