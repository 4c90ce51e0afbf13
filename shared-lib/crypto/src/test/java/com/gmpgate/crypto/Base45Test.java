package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base45Test {

    /** RFC 9285 §4.3 and §4.4. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void encodesAndDecodes_theRfcExamples(String bytes, String text) {
        assertThat(Base45.encode(bytes.getBytes(StandardCharsets.US_ASCII))).isEqualTo(text);
        assertThat(new String(Base45.decode(text), StandardCharsets.US_ASCII)).isEqualTo(bytes);
    }

    @Test
    void roundTrips_anyBytes() {
        Random random = new Random(19);
        for (int length = 0; length < 200; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void decoding_isStrict() {
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class); // 65536+
        assertThatThrownBy(() -> Base45.decode("BB8B")).isInstanceOf(IllegalArgumentException.class); // 1 mod 3
        assertThatThrownBy(() -> Base45.decode("bb8")).isInstanceOf(IllegalArgumentException.class); // lower case
        assertThatThrownBy(() -> Base45.decode("::")).isInstanceOf(IllegalArgumentException.class); // final > 255
    }
}
