package org.stocktake.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanDrafts;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;

/** The draft page's edits: keep, correct, add, map; a value that is no number is refused naming the target. */
class DraftEditsTest {

    private static final PlanDocument.Unit DRC =
            new PlanDocument.Unit("U-PROV-DRC", new LocalizedText("省发展改革委", null), "department", "430000");

    private static PlanDocument draft() {
        return PlanDrafts.draft("""
                一、主要目标
                到2030年，森林覆盖率达到60%以上，湿地保护率稳定在70%以上。
                二、重点任务
                （一）加强监测。2031年3月底前建成监测网络。（省林草局、省发展和改革委员会负责）
                """, "forest", "430000", List.of(DRC), 2030);
    }

    @Test
    void keptCorrectedAddedAndMapped() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("target", "T01");
        form.add("value.T01", "62");
        form.add("year.T01", "2031");
        form.add("added", "建成监测网络\n");
        form.add("map.U-NEW-01", "U-PROV-DRC");
        PlanDocument edited = DraftEdits.apply(draft(), form, List.of(DRC));
        assertThat(edited.targets()).extracting(PlanDocument.Target::quote).containsExactly("森林覆盖率达到60%以上", "建成监测网络");
        assertThat(edited.targets().get(0).value()).isEqualByComparingTo(new BigDecimal("62"));
        assertThat(edited.targets().get(0).targetYear()).isEqualTo(2031);
        assertThat(edited.targets().get(1).article()).isEqualTo("A02");
        assertThat(edited.units()).extracting(PlanDocument.Unit::code).containsExactly("U-PROV-DRC");
        assertThat(edited.tasks().get(0).lead()).isEqualTo("U-PROV-DRC");
        assertThat(edited.tasks().get(0).coUnits()).isEmpty();
    }

    @Test
    void aValueThatIsNoNumberIsRefused() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("target", "T01");
        form.add("value.T01", "sixty");
        assertThatThrownBy(() -> DraftEdits.apply(draft(), form, List.of(DRC)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).en())
                        .contains("sixty"));
    }
}
