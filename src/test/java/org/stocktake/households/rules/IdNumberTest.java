package org.stocktake.households.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999: the standard's own examples and hand-worked numbers. */
class IdNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // the standard's examples
        "11010519491231002X, ",
        "440524188001010014, ",
        "11010519491231002x, ",
        // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 43990119900101001: sum 275, 275 mod 11 = 0 → "1"
        "439901199001010011, ",
        "439901199001010012, CHECK_CHARACTER",
        "11010519491231002, LENGTH",
        "1101051949123100X2, CHARACTERS",
        "110105194902300020, BIRTH_DATE",
        "A10105194912310029, CHARACTERS"
    })
    void checksTheNumber(String number, IdNumber.Defect defect) {
        assertThat(IdNumber.defect(number)).isEqualTo(defect);
    }

    @ParameterizedTest
    @CsvSource({"430102198001011233, 4301**********1233", "12345678, ********", "'', ''"})
    void masksAllButFourAndFour(String number, String masked) {
        assertThat(IdNumber.mask(number)).isEqualTo(masked);
    }
}
