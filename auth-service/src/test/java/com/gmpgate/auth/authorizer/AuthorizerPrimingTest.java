package com.gmpgate.auth.authorizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.Priming;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.token.AccessTokenVerifier;
import com.gmpgate.port.UserStore;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** SnapStart's checkpoint hook runs the authorizer's path with a synthetic request and reads no user (no AWS). */
class AuthorizerPrimingTest {

    @Test
    void primingEvent_isRefusedAsUnauthorized_beforeTheUsersTable() {
        AuthTestKit kit = new AuthTestKit();
        UserStore untouchable = (UserStore) Proxy.newProxyInstance(UserStore.class.getClassLoader(),
                new Class<?>[] {UserStore.class}, (proxy, method, args) -> {
                    throw new AssertionError("priming read the users table: " + method.getName());
                });
        AuthorizerHandler handler = new AuthorizerHandler(new AccessTokenVerifier(kit.keys, kit.clock), untouchable);

        assertThat(Priming.invoke(handler, AuthorizerHandler.PRIMING_EVENT)).isEqualTo("threw Unauthorized");
    }
}
