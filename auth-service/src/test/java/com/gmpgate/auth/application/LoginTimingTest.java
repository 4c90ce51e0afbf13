package com.gmpgate.auth.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.password.PasswordHasher;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.InMemorySessionStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Unknown login ids cost the same password-hash computation as wrong passwords (no timing oracle). */
class LoginTimingTest {

    final AuthTestKit kit = new AuthTestKit();
    final AtomicInteger hashComputations = new AtomicInteger();
    final PasswordHasher counting = new PasswordHasher() {
        @Override
        public String hash(String password) {
            hashComputations.incrementAndGet();
            return kit.hasher.hash(password);
        }

        @Override
        public boolean verify(String password, String encodedHash) {
            hashComputations.incrementAndGet();
            return kit.hasher.verify(password, encodedHash);
        }

        @Override
        public void verifyNothing(String password) {
            hashComputations.incrementAndGet();
            kit.hasher.verifyNothing(password);
        }

        @Override
        public boolean needsRehash(String encodedHash) {
            return false;
        }
    };
    final LoginService login = new LoginService(kit.users, counting,
            new SessionIssuer(new InMemorySessionStore(), new AccessTokenIssuer(kit.keys), new RefreshTokens(kit.random)),
            kit.clock);

    @Test
    void anUnknownLoginId_computesOneHash_likeAWrongPassword() {
        kit.user("kim", "Blue-gloves-77", Role.WORKER, "demo-site", "김");

        assertThatThrownBy(() -> login.login("nobody", "Blue-gloves-77")).isInstanceOf(InvalidCredentialsException.class);
        int unknown = hashComputations.getAndSet(0);
        assertThatThrownBy(() -> login.login("kim", "wrong-password")).isInstanceOf(InvalidCredentialsException.class);
        int wrong = hashComputations.get();

        assertThat(unknown).isEqualTo(1).isEqualTo(wrong);
    }
}
