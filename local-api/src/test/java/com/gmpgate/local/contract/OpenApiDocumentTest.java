package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final OpenApiDocument DOC = OpenApiDocument.parse("""
            components:
              schemas:
                A: {type: string}
                B: {$ref: '#/components/schemas/A'}
                C: {$ref: '#/components/schemas/Missing'}
                D: {$ref: 'other.yaml#/components/schemas/A'}
              paths:
                /v1/a~b/{id}: {x: 1}
            list: [{$ref: '#/list/1'}, zero]
            """);

    @Test
    void refs_areFoundAtAnyDepth() {
        assertThat(DOC.refs()).containsExactly("#/components/schemas/A", "#/components/schemas/Missing",
                "other.yaml#/components/schemas/A", "#/list/1");
    }

    @Test
    void unresolvedRefs_includeMissingTargetsAndRefsOutOfTheFile() {
        assertThat(DOC.unresolvedRefs()).containsExactly("#/components/schemas/Missing",
                "other.yaml#/components/schemas/A");
    }

    @Test
    void pointerTokens_areUnescaped() {
        assertThat(DOC.resolve("#/components/paths/~1v1~1a~0b~1{id}")).isPresent();
        assertThat(DOC.resolve("#/list/1")).contains("zero");
        assertThat(DOC.resolve("#/list/2")).isEmpty();
    }
}
