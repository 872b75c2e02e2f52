package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stocktake.shared.Problem;

/** The password policy on its own: length, the user name, one repeated character, the common list. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000",
                "1234567890",
                "password123",
                "qwertyuiop",
                "Password123",
                "QWERTYUIOP",
                "1q2w3e4r5t",
                "iloveyou123",
                "woaini1314",
                "9876543210",
                "1qaz2wsx3edc",
                "zzzzzzzzzzzz",
                "..........",
                "123123123123",
                "administrator",
                "welcome2026",
                "abc1234567"
            })
    void commonAndRepeatedPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.problems("new", "someone", password))
                .extracting(Problem::where)
                .containsExactly("new");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "123456789", "ninechars"})
    void passwordsUnderTenCharactersAreRefused(String password) {
        assertThat(PasswordPolicy.problems("new", "someone", password))
                .singleElement()
                .satisfies(p -> assertThat(p.en()).contains("10 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZhangSan.Liaison", "zhangsan.liaison"})
    void theUserNameIsRefused(String password) {
        assertThat(PasswordPolicy.problems("new", "zhangsan.liaison", password))
                .singleElement()
                .satisfies(p -> assertThat(p.en()).contains("user name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-good-password", "湘江北去橘子洲头看万山", "Tr0ub4dor&3-horse", "correct horse battery"})
    void otherPasswordsOfTenCharactersOrMoreAreAccepted(String password) {
        assertThat(PasswordPolicy.problems("new", "someone", password)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theNullPasswordIsRefusedInWords() {
        assertThat(PasswordPolicy.problems("new", "someone", null)).hasSize(1);
    }
}
