package com.gmpgate.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.port.SiteAlerts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Site alerts on the stack's one alert topic. Each message carries the site in the {@code siteId} message attribute;
 * every subscriber (an e-mail address, a phone number) has a filter policy naming its site, so SNS delivers a site's
 * alerts to that site's people only. The message structure gives e-mail the full text and SMS the short line.
 *
 * <p>One topic with filter policies rather than a topic per site: sites are data, not stack resources, so a new site
 * needs subscriptions only (no deployment, no sns:CreateTopic for the function), and the function may publish to one
 * ARN and nothing else.
 */
public final class SnsSiteAlerts implements SiteAlerts {

    /** The message attribute the subscribers' filter policies match on. */
    public static final String SITE_ATTRIBUTE = "siteId";
    public static final String KIND_ATTRIBUTE = "kind";

    private static final JsonFactory JSON = new JsonFactory();

    private final SnsClient client;
    private final String topicArn;

    public SnsSiteAlerts(SnsClient client, String topicArn) {
        this.client = client;
        this.topicArn = topicArn;
    }

    @Override
    public void send(SiteAlert alert) {
        try {
            client.publish(b -> b.topicArn(topicArn)
                    .subject(alert.subject())
                    .messageStructure("json")
                    .message(structure(alert))
                    .messageAttributes(Map.of(
                            SITE_ATTRIBUTE, string(alert.siteId()),
                            KIND_ATTRIBUTE, string(alert.kind().name()))));
        } catch (SdkException e) {
            // the SDK has retried throttling and 5xx: let the event be retried (then the dead-letter queue)
            throw new AlertDeliveryException("SNS publish failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** SNS's per-protocol bodies: {@code default} (and e-mail) the full text, {@code sms} the short line. */
    static String structure(SiteAlert alert) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("default", alert.text());
            json.writeStringField("email", alert.text());
            json.writeStringField("sms", alert.shortText());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
