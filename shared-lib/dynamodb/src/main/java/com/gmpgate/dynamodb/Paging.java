package com.gmpgate.dynamodb;

import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a query, filled up to the requested size even when a filter drops items, with a signed
 * cursor that resumes right after the last item returned.
 */
final class Paging<I> {

    private final TableSchema<I> schema;
    private final CursorCodec cursors;

    Paging(TableSchema<I> schema, CursorCodec cursors) {
        this.schema = schema;
        this.cursors = cursors;
    }

    /**
     * @param listing identifies the query (index, partition value, filters); a cursor is only valid for it
     * @param keyAttributes the table's and the index's key attributes: an ExclusiveStartKey
     */
    <T> Page<T> page(String listing, PageRequest page, List<String> keyAttributes, QueryEnhancedRequest.Builder request,
            Function<QueryEnhancedRequest, SdkIterable<software.amazon.awssdk.enhanced.dynamodb.model.Page<I>>> query,
            Function<I, T> mapper) {
        request.limit(page.limit());
        page.cursor().ifPresent(cursor -> request.exclusiveStartKey(cursors.decode(listing, cursor)));
        List<T> items = new ArrayList<>();
        Map<String, AttributeValue> next = null;
        outer:
        for (var result : query.apply(request.build())) {
            List<I> found = result.items();
            for (int i = 0; i < found.size(); i++) {
                items.add(mapper.apply(found.get(i)));
                if (items.size() == page.limit()) {
                    boolean lastOfAll = i == found.size() - 1 && exhausted(result);
                    next = lastOfAll ? null : schema.itemToMap(found.get(i), keyAttributes);
                    break outer;
                }
            }
            if (exhausted(result)) {
                break;
            }
        }
        Map<String, AttributeValue> last = next;
        return new Page<>(items, Optional.ofNullable(last).map(key -> cursors.encode(listing, key)));
    }

    private static boolean exhausted(software.amazon.awssdk.enhanced.dynamodb.model.Page<?> result) {
        return result.lastEvaluatedKey() == null || result.lastEvaluatedKey().isEmpty();
    }
}
