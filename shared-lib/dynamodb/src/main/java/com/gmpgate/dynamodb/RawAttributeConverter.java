package com.gmpgate.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Lets an item class hold a nested map or list that {@link DomainAttributes} built by hand. */
final class RawAttributeConverter implements AttributeConverter<AttributeValue> {

    static final RawAttributeConverter INSTANCE = new RawAttributeConverter();

    @Override
    public AttributeValue transformFrom(AttributeValue input) {
        return input;
    }

    @Override
    public AttributeValue transformTo(AttributeValue input) {
        return input;
    }

    @Override
    public EnhancedType<AttributeValue> type() {
        return EnhancedType.of(AttributeValue.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.M;
    }
}
