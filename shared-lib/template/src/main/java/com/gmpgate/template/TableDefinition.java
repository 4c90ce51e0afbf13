package com.gmpgate.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code AWS::DynamoDB::Table} of the template: what a local engine needs to create the same table.
 *
 * @param attributeTypes attribute name to its scalar type ({@code S}, {@code N} or {@code B}), in template order
 * @param ttlAttribute the TTL attribute when {@code TimeToLiveSpecification} is enabled
 */
public record TableDefinition(String logicalId, List<KeyElement> keySchema, Map<String, String> attributeTypes,
        List<IndexDefinition> globalSecondaryIndexes, Optional<String> ttlAttribute) {
    public TableDefinition {
        Objects.requireNonNull(logicalId, "logicalId");
        keySchema = List.copyOf(keySchema);
        attributeTypes = Map.copyOf(attributeTypes);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
        Objects.requireNonNull(ttlAttribute, "ttlAttribute");
    }
}
