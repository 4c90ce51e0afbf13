package com.gmpgate.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcePathTest {

    @Test
    void variables_matchOneSegment_decoded() {
        assertThat(ResourcePath.of("/v1/users/{id}").match("/v1/users/a%2Fb")).hasValue(Map.of("id", "a/b"));
        assertThat(ResourcePath.of("/v1/users/{id}").match("/v1/users/a/b")).isEmpty();
        assertThat(ResourcePath.of("/v1/users/{id}").match("/v1/users/")).isEmpty();
        assertThat(ResourcePath.of("/v1/users").match("/v1/users/")).as("trailing slash ignored").hasValue(Map.of());
        assertThat(ResourcePath.of("/v1/users/{id}").match("/v1/users/a+b")).hasValue(Map.of("id", "a+b"));
    }

    @Test
    void greedy_takesOneOrMoreSegments() {
        assertThat(ResourcePath.of("/f/{proxy+}").match("/f/a/b")).hasValue(Map.of("proxy", "a/b"));
        assertThat(ResourcePath.of("/f/{proxy+}").match("/f")).isEmpty();
    }

    @Test
    void literals_sortBeforeVariables_beforeGreedy() {
        List<ResourcePath> paths = new ArrayList<>(List.of(ResourcePath.of("/v1/{proxy+}"),
                ResourcePath.of("/v1/x/{id}"), ResourcePath.of("/v1/x/mine")));
        paths.sort(null);
        assertThat(paths).extracting(ResourcePath::path).containsExactly("/v1/x/mine", "/v1/x/{id}", "/v1/{proxy+}");
    }

    @Test
    void iamWildcards_inAuthorizerPolicies() {
        assertThat(LambdaAuthorizer.glob("arn:aws:execute-api:*:*:api/dev/*/v1/*",
                "arn:aws:execute-api:us-east-1:1:api/dev/GET/v1/a/b")).isTrue();
        assertThat(LambdaAuthorizer.glob("arn:aws:execute-api:*:*:api/dev/GET/v1/a",
                "arn:aws:execute-api:us-east-1:1:api/dev/GET/v1/ab")).isFalse();
        assertThat(LambdaAuthorizer.glob("a?c", "abc")).isTrue();
    }
}
