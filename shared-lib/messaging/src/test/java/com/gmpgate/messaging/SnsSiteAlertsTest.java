package com.gmpgate.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.testing.MotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The SNS adapter against moto's SNS (not a stub): a queue per site subscribes to the topic with the filter policy
 * the README tells operators to give each e-mail and SMS subscriber, and shows what that site's subscribers receive.
 */
class SnsSiteAlertsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static MotoServer moto;
    private static SnsClient sns;
    private static SqsClient sqs;

    private String topicArn;

    @BeforeAll
    static void startMoto() {
        moto = MotoServer.startOrSkip();
        Map<String, String> env = Map.of(Messaging.REGION, MotoServer.REGION,
                "AWS_ACCESS_KEY_ID", MotoServer.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", MotoServer.SECRET_ACCESS_KEY,
                Messaging.SNS_ENDPOINT, moto.endpoint().toString());
        sns = Messaging.sns(env);
        sqs = SqsClient.builder().endpointOverride(moto.endpoint()).region(Region.of(MotoServer.REGION))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(MotoServer.ACCESS_KEY_ID, MotoServer.SECRET_ACCESS_KEY)))
                .build();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            sns.close();
            sqs.close();
            moto.close();
        }
    }

    @BeforeEach
    void topic() {
        topicArn = sns.createTopic(b -> b.name("alerts-" + UUID.randomUUID())).topicArn();
    }

    @Test
    void aSitesAlert_reachesThatSitesSubscribers_only() throws Exception {
        String siteA = subscribedQueue("site-a");
        String siteB = subscribedQueue("site-b");

        new SnsSiteAlerts(sns, topicArn).send(alert("site-a"));

        List<Message> toA = receive(siteA);
        assertThat(toA).hasSize(1);
        JsonNode envelope = JSON.readTree(toA.get(0).body());
        assertThat(envelope.get("Subject").asText()).isEqualTo("[GMP] 출입 제외(FAIL) / Screening FAIL");
        assertThat(envelope.get("Message").asText()).contains("위생점검", "FAIL", "https://admin.example/review/s-1");
        assertThat(envelope.get("MessageAttributes").get("siteId").get("Value").asText()).isEqualTo("site-a");
        assertThat(receive(siteB)).isEmpty();
    }

    @Test
    void theMessageStructure_givesSmsTheShortLine_andEmailTheFullText() throws Exception {
        JsonNode structure = JSON.readTree(SnsSiteAlerts.structure(alert("site-a")));

        assertThat(structure.get("sms").asText()).isEqualTo("[GMP] FAIL 1건 https://admin.example/review/s-1");
        assertThat(structure.get("email").asText()).isEqualTo(structure.get("default").asText()).contains("\n");
    }

    @Test
    void aTopicThatDoesNotExist_isAnAlertDeliveryException_soTheEventIsRetried() {
        SnsSiteAlerts alerts = new SnsSiteAlerts(sns, topicArn.replace("alerts-", "gone-"));

        assertThatThrownBy(() -> alerts.send(alert("site-a"))).isInstanceOf(AlertDeliveryException.class);
    }

    private static SiteAlert alert(String site) {
        return new SiteAlert(site, SiteAlert.Kind.VERDICT, "[GMP] 출입 제외(FAIL) / Screening FAIL",
                "위생점검 결과 출입 제외(FAIL) 1건.\nA screening was FAIL.\nhttps://admin.example/review/s-1",
                "[GMP] FAIL 1건 https://admin.example/review/s-1", "https://admin.example/review/s-1");
    }

    private String subscribedQueue(String site) {
        String url = sqs.createQueue(b -> b.queueName(site + "-" + UUID.randomUUID())).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(arn)
                .attributes(Map.of("FilterPolicy", "{\"siteId\":[\"" + site + "\"]}")));
        return url;
    }

    private static List<Message> receive(String queueUrl) {
        List<Message> messages = new ArrayList<>(sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(1)).messages());
        return messages;
    }
}
