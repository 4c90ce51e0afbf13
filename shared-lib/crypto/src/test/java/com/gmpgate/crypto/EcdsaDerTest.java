package com.gmpgate.crypto;

import static com.gmpgate.crypto.TestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EcdsaDerTest {

    private static final byte[] RAW = TestKeys.key("der").sign("m".getBytes(StandardCharsets.US_ASCII));

    @Test
    void toRaw_undoesFromRaw() {
        assertThat(EcdsaDer.toRaw(EcdsaDer.fromRaw(RAW))).isEqualTo(RAW);
    }

    @Test
    void fromRaw_encodesSmallIntegersMinimally() {
        byte[] raw = new byte[64];
        raw[31] = 1;
        raw[63] = (byte) 0x80;

        assertThat(EcdsaDer.fromRaw(raw)).isEqualTo(hex("3007020101020200" + "80"));
    }

    @Test
    void fromRaw_rejectsSignature_whenNot64BytesOrZero() {
        assertThatThrownBy(() -> EcdsaDer.fromRaw(new byte[63])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcdsaDer.fromRaw(new byte[64])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toRaw_rejectsDer_whenNotCanonical() {
        // r = 1 with a redundant leading zero byte: valid BER, not DER.
        byte[] padded = hex("300802020001020200" + "80");

        assertThatThrownBy(() -> EcdsaDer.toRaw(padded)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcdsaDer.toRaw(hex("3003020101"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcdsaDer.toRaw(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcdsaDer.toRaw(RAW)).isInstanceOf(IllegalArgumentException.class);
    }
}
