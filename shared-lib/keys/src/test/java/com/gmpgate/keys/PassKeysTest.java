package com.gmpgate.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.KeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void locally_theSignerAndTheVerifier_shareTheKeyFileInTheDataDirectory_whoeverStartsFirst() {
        Map<String, String> env = Map.of(PassKeys.DATA_DIR, dataDir.toString());

        KeyRing verifier = PassKeys.forVerifying(env).orElseThrow();
        KeyRing signer = PassKeys.forSigning(env, new SecureRandom());

        assertThat(signer.signingKey()).isPresent();
        assertThat(verifier.signingKey()).isEmpty();
        assertThat(verifier.verificationKeys()).containsExactlyElementsOf(signer.verificationKeys());
        assertThat(PassKeys.keyFile(dataDir)).exists();
    }

    @Test
    void inAws_aMissingVariable_failsTheStartWithItsName() {
        assertThatThrownBy(() -> PassKeys.forSigning(Map.of(PassKeys.REGION, "us-east-1"), new SecureRandom()))
                .hasMessageContaining(PassKeys.SECRET);
        assertThatThrownBy(() -> PassKeys.forVerifying(Map.of(PassKeys.SECRET, "arn")))
                .hasMessageContaining(PassKeys.REGION);
    }
}
