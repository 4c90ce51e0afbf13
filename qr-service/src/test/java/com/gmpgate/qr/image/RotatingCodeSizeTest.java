package com.gmpgate.qr.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.pass.RotatingCode;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the rotating code must fit a QR code of version 8 or less at error correction M, so a cheap gate camera
 * reads it under glare. Measured with ZXing's encoder, the one that draws our codes.
 */
class RotatingCodeSizeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aRotatingCode_isAnAlphanumericQrOfVersion6_atErrorCorrectionM() throws WriterException {
        String code = RotatingCode.sign(SigningKey.generate("phone", RANDOM), UUID.randomUUID(),
                RotatingCode.stepAt(Instant.now()), "demo-site").text();

        QRCode qr = Encoder.encode(code, QrImages.ERROR_CORRECTION, Map.of());

        assertThat(code).hasSize(130);
        assertThat(qr.getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(qr.getVersion().getVersionNumber()).isEqualTo(6).isLessThanOrEqualTo(8);
        assertThat(qr.getMatrix().getWidth()).isEqualTo(41);
    }

    @Test
    void theStaticPassToken_forComparison_needsFarMore() throws WriterException {
        String token = new TestPasses(new InMemoryPassStore()).forWorker(UUID.randomUUID().toString())
                .site("demo-site").issuedAt(Instant.now()).issue().token();

        QRCode qr = Encoder.encode(token, QrImages.ERROR_CORRECTION, Map.of());

        assertThat(qr.getMode()).isEqualTo(Mode.BYTE);
        assertThat(qr.getVersion().getVersionNumber()).isGreaterThan(12);
    }
}
