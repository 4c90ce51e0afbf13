package com.gmpgate.bedrock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** SDK {@link Document}s to and from plain Java values (maps, lists, strings, BigDecimal, Boolean, null). */
final class Documents {

    private Documents() {
    }

    static Object toJava(Document document) {
        if (document == null || document.isNull()) {
            return null;
        }
        if (document.isBoolean()) {
            return document.asBoolean();
        }
        if (document.isString()) {
            return document.asString();
        }
        if (document.isNumber()) {
            return document.asNumber().bigDecimalValue();
        }
        if (document.isList()) {
            List<Object> list = new ArrayList<>();
            document.asList().forEach(item -> list.add(toJava(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        document.asMap().forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    static Document fromJava(Object value) {
        if (value == null) {
            return Document.fromNull();
        }
        if (value instanceof Boolean b) {
            return Document.fromBoolean(b);
        }
        if (value instanceof String s) {
            return Document.fromString(s);
        }
        if (value instanceof Integer i) {
            return Document.fromNumber(i);
        }
        if (value instanceof Long l) {
            return Document.fromNumber(l);
        }
        if (value instanceof BigDecimal d) {
            return Document.fromNumber(SdkNumber.fromBigDecimal(d));
        }
        if (value instanceof Double d) {
            return Document.fromNumber(d);
        }
        if (value instanceof List<?> list) {
            List<Document> documents = new ArrayList<>();
            list.forEach(item -> documents.add(fromJava(item)));
            return Document.fromList(documents);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Document> documents = new LinkedHashMap<>();
            map.forEach((key, item) -> documents.put(String.valueOf(key), fromJava(item)));
            return Document.fromMap(documents);
        }
        throw new IllegalArgumentException("no Document for " + value.getClass().getName());
    }
}
