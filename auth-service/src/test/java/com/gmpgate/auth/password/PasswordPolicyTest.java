package com.gmpgate.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.auth.password.PasswordPolicy.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"Blue-gloves-77", "위생점검표를매일써요", "correct horse battery staple"})
    void goodPasswords_pass(String password) {
        assertThat(policy.check(password, "kim")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123!", "Password1234", "QWER1234!@#$", "1q2w3e4r5t", "1234567890",
            "admin1234!", "worker1234!", "saranghae123", "tkfkdgo1234", "qwertyuiop", "iloveyou12",
            "hygiene2025!", "aaaaaaaaaa"})
    void commonPasswords_areRefused_inAnyCase(String password) {
        assertThat(policy.check(password, "kim")).containsExactly(Problem.COMMON);
    }

    @ParameterizedTest
    @CsvSource({"short1!, TOO_SHORT", "'9자리비밀번호입니', TOO_SHORT"})
    void shortPasswords_areRefused_countingCharactersNotBytes(String password, Problem problem) {
        assertThat(policy.check(password, "kim")).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"열자리비밀번호입니다"})
    void tenKoreanSyllables_areLongEnough(String password) {
        assertThat(policy.check(password, "kim")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"park.jimin", "PARK.JIMIN"})
    void theLoginId_isNotAPassword(String password) {
        assertThat(policy.check(password, "park.jimin")).containsExactly(Problem.SAME_AS_LOGIN_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak-pass", "tab\tinside-pass"})
    void controlCharacters_areRefused(String password) {
        assertThat(policy.check(password, "kim")).contains(Problem.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 2000})
    void overlongPasswords_areRefused(int length) {
        assertThat(policy.check("x7#".repeat(length), "kim")).contains(Problem.TOO_LONG);
    }
}
