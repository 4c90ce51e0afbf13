package com.gmpgate.auth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    final AuthTestKit kit = new AuthTestKit();

    @Test
    void seed_createsTheDesignsDemoAccounts_once_andTheyCanLogIn() {
        List<String> first = DemoAccounts.seed(kit.users, kit.hasher, "admin1234!", kit.clock);
        List<String> again = DemoAccounts.seed(kit.users, kit.hasher, "admin1234!", kit.clock);

        assertThat(first).containsExactly(
                "admin / admin1234! (ADMIN, demo-site, 관리자)",
                "worker1 / worker1234! (WORKER, demo-site, 김위생)",
                "worker2 / worker1234! (WORKER, demo-site, 이청결)");
        assertThat(again).allSatisfy(line -> assertThat(line).endsWith("— exists"));
        assertThat(kit.users.all()).extracting(User::siteId).containsOnly("demo-site");
        for (String[] account : new String[][] {{"admin", "admin1234!"}, {"worker1", "worker1234!"},
                {"worker2", "worker1234!"}}) {
            assertThat(kit.call(RestEvent.post("/v1/auth/login").json("{\"loginId\":\"" + account[0]
                    + "\",\"password\":\"" + account[1] + "\"}")).statusCode()).as(account[0]).isEqualTo(200);
        }
    }
}
