package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal names the caller's role in the reader's words, never its code. */
class NotPermittedTest {

    @Test
    void theRoleIsNamedInWords() {
        NotPermittedException refused =
                new NotPermittedException(new Actor("li", Role.VILLAGE, null, null), "refused.bulletin");
        assertThat(refused.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("li（村干部）无权查看督查通报（含各单位的督办记录和得分）")
                .doesNotContain("village");
        assertThat(refused.message(Locale.ENGLISH)).contains("(village cadre)").doesNotContain("(village)");
    }
}
