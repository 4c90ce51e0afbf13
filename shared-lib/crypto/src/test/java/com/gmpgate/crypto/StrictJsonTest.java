package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    @Test
    void parseObject_readsEveryKindOfValue() {
        Map<String, Object> json = StrictJson.parseObject(
                "{\"s\":\"한글\",\"i\":12,\"big\":123456789012345678901234567890,\"f\":1.5,\"t\":true,\"n\":null,"
                        + "\"a\":[\"x\",1],\"o\":{\"k\":false}}");

        assertThat(json).containsEntry("s", "한글")
                .containsEntry("i", 12L)
                .containsEntry("big", new BigInteger("123456789012345678901234567890"))
                .containsEntry("f", new BigDecimal("1.5"))
                .containsEntry("t", true)
                .containsEntry("n", null)
                .containsEntry("a", List.of("x", 1L))
                .containsEntry("o", Map.of("k", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1,\"a\":2}",
        "{\"o\":{\"k\":1,\"k\":1}}",
        "{\"a\":[{\"k\":1,\"k\":2}]}",
    })
    void parseObject_rejectsJson_whenKeysRepeat(String json) {
        assertThatThrownBy(() -> StrictJson.parseObject(json)).isInstanceOf(JsonFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "\"s\"", "1", "null", "{", "{}}", "{}{}", "{} x", "{'a':1}", "{\"a\":NaN}", "{a:1}",
        "{\"a\":1,}", "{\"a\":1 /* c */}",
    })
    void parseObject_rejectsText_whenNotOneJsonObject(String json) {
        assertThatThrownBy(() -> StrictJson.parseObject(json)).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void parseObject_rejectsBytes_whenNotUtf8() {
        byte[] utf16 = "{\"a\":1}".getBytes(StandardCharsets.UTF_16LE);
        byte[] invalid = {'{', '"', (byte) 0xc3, '"', ':', '1', '}'};

        assertThatThrownBy(() -> StrictJson.parseObject(utf16)).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> StrictJson.parseObject(invalid)).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void parseObject_rejectsJson_whenNestedTooDeep() {
        String deep = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";

        assertThatThrownBy(() -> StrictJson.parseObject(deep)).isInstanceOf(JsonFormatException.class);
    }
}
