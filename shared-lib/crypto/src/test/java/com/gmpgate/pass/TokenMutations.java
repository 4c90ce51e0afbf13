package com.gmpgate.pass;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small edits of a genuine token: replace, insert or delete one to three characters, or cut it short. */
final class TokenMutations {

    private TokenMutations() {
    }

    static Arbitrary<String> of(String token, char[] alphabet) {
        Arbitrary<String> once = Arbitraries.oneOf(
                replaced(token, alphabet), inserted(token, alphabet), deleted(token), truncated(token));
        return once.flatMap(first -> Arbitraries.integers().between(0, 2).flatMap(more -> {
            Arbitrary<String> result = Arbitraries.just(first);
            for (int i = 0; i < more; i++) {
                result = result.flatMap(t -> t.isEmpty() ? Arbitraries.just(t) : replaced(t, alphabet));
            }
            return result;
        })).filter(mutated -> !mutated.equals(token));
    }

    private static Arbitrary<String> replaced(String token, char[] alphabet) {
        return Combinators.combine(Arbitraries.integers().between(0, token.length() - 1), Arbitraries.of(alphabet))
                .as((at, c) -> token.substring(0, at) + c + token.substring(at + 1));
    }

    private static Arbitrary<String> inserted(String token, char[] alphabet) {
        return Combinators.combine(Arbitraries.integers().between(0, token.length()), Arbitraries.of(alphabet))
                .as((at, c) -> token.substring(0, at) + c + token.substring(at));
    }

    private static Arbitrary<String> deleted(String token) {
        return Arbitraries.integers().between(0, token.length() - 1)
                .map(at -> token.substring(0, at) + token.substring(at + 1));
    }

    private static Arbitrary<String> truncated(String token) {
        return Arbitraries.integers().between(0, token.length() - 1).map(at -> token.substring(0, at));
    }
}
