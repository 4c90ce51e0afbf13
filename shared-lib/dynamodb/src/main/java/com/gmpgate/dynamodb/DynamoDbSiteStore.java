package com.gmpgate.dynamodb;

import com.gmpgate.domain.site.Site;
import com.gmpgate.domain.site.SiteOverview;
import com.gmpgate.domain.user.Role;
import com.gmpgate.port.SiteExistsException;
import com.gmpgate.port.SiteStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Site records in UsersTable, beside the users they hold: {@code SITE#<siteId>} items, created with
 * {@code attribute_not_exists}. They carry no {@code siteId} attribute, so the table's {@code bySite} index (an
 * admin's user list) never sees them.
 *
 * <p>The overview is one Scan of the table (site records and user items, a few attributes each): the operator's
 * tool runs it now and then, and a table of a few hundred users per site reads in a page or two. Nothing on a
 * request path scans.
 */
public final class DynamoDbSiteStore implements SiteStore {

    private static final String SITE = "SITE#";
    private static final String USER = "USER#";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbSiteStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void create(Site site) {
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS(SITE + site.id()),
                "siteName", AttributeValue.fromS(site.name()),
                "createdAt", AttributeValue.fromS(Times.format(site.createdAt())),
                "createdBy", AttributeValue.fromS(site.createdBy()));
        boolean created = DynamoDbErrors.call("create site", () -> {
            try {
                client.putItem(b -> b.tableName(tableName).item(item).conditionExpression("attribute_not_exists(pk)"));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
        if (!created) {
            throw new SiteExistsException(site.id());
        }
    }

    @Override
    public Optional<Site> find(String siteId) {
        return DynamoDbErrors.call("find site", () -> {
            var item = client.getItem(b -> b.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(SITE + siteId))).consistentRead(true)).item();
            return item == null || item.isEmpty() ? Optional.<Site>empty() : Optional.of(toSite(siteId, item));
        });
    }

    @Override
    public void remove(Site site) {
        DynamoDbErrors.call("remove site", () -> {
            try {
                client.deleteItem(b -> b.tableName(tableName)
                        .key(Map.of("pk", AttributeValue.fromS(SITE + site.id())))
                        .conditionExpression("createdAt = :createdAt")
                        .expressionAttributeValues(Map.of(":createdAt",
                                AttributeValue.fromS(Times.format(site.createdAt())))));
            } catch (ConditionalCheckFailedException e) {
                // not ours (or gone already): leave it
            }
            return null;
        });
    }

    @Override
    public List<SiteOverview> overview() {
        ScanRequest scan = ScanRequest.builder()
                .tableName(tableName)
                .consistentRead(true)
                .filterExpression("begins_with(pk, :site) OR begins_with(pk, :user)")
                .projectionExpression("pk, siteId, #role, siteName, createdAt, createdBy")
                .expressionAttributeNames(Map.of("#role", "role"))
                .expressionAttributeValues(Map.of(":site", AttributeValue.fromS(SITE), ":user", AttributeValue.fromS(USER)))
                .build();
        Map<String, Tally> bySite = new TreeMap<>();
        DynamoDbErrors.run("list sites", () -> client.scanPaginator(scan).items().forEach(item -> {
            String pk = item.get("pk").s();
            if (pk.startsWith(SITE)) {
                String siteId = pk.substring(SITE.length());
                bySite.computeIfAbsent(siteId, id -> new Tally()).site = Optional.of(toSite(siteId, item));
            } else if (item.containsKey("siteId")) {
                Tally tally = bySite.computeIfAbsent(item.get("siteId").s(), id -> new Tally());
                if (item.containsKey("role") && Role.ADMIN.name().equals(item.get("role").s())) {
                    tally.admins++;
                } else {
                    tally.workers++;
                }
            }
        }));
        List<SiteOverview> sites = new ArrayList<>();
        bySite.forEach((id, tally) -> sites.add(new SiteOverview(id, tally.site, tally.admins, tally.workers)));
        return sites;
    }

    private static Site toSite(String siteId, Map<String, AttributeValue> item) {
        return new Site(siteId, item.get("siteName").s(), Times.parse(item.get("createdAt").s()),
                item.get("createdBy").s());
    }

    private static final class Tally {
        Optional<Site> site = Optional.empty();
        int admins;
        int workers;
    }
}
