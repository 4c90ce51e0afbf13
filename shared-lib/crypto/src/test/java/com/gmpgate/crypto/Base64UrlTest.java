package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Base64UrlTest {

    @Test
    void encode_usesUrlAlphabetWithoutPadding() {
        assertThat(Base64Url.encode(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("-_8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "f", "fo", "foo", "foob", "fooba", "foobar"})
    void decode_returnsWhatWasEncoded(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Base64Url.decode(Base64Url.encode(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zm8=", "Zm9v+w", "Zm9v/w", "Zm 9v", "Zm9v\n", "Zm9vY", "Zm9v!", "Zm9vÿ"})
    void decode_rejectsText_whenNotStrictBase64Url(String text) {
        assertThatThrownBy(() -> Base64Url.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decode_rejectsText_whenTrailingBitsAreNotZero() {
        // "Zg" is "f"; "Zh" has the same leading bits and would also decode to "f" without the canonical check.
        assertThat(Base64Url.decode("Zg")).containsExactly('f');
        assertThatThrownBy(() -> Base64Url.decode("Zh")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodeFixed_rejectsText_whenLengthDiffers() {
        assertThatThrownBy(() -> Base64Url.decodeFixed("Zm9v", 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Base64Url.decodeFixed("Zm9v", 3)).hasSize(3);
    }
}
