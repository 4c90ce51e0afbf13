package com.gmpgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.fakes.RepoFiles;
import com.gmpgate.testing.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code --stack}/{@code --stage}: the users table found through CloudFormation, as in AWS, against moto_server
 * (CloudFormation and DynamoDB behind one endpoint), with a stack whose UsersTable has template.yaml's keys.
 */
class GmpAdminStackIT {

    static MotoServer moto;
    static String stack;
    static String physicalTable;
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("local", "local-secret"));

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void deployAStackWithTheUsersTable() throws Exception {
        moto = MotoServer.startOrSkip();
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> real = RepoFiles.properties("UsersTable");
        for (String key : List.of("BillingMode", "AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes")) {
            properties.put(key, real.get(key));
        }
        String body = new ObjectMapper().writeValueAsString(Map.of("Resources",
                Map.of("UsersTable", Map.of("Type", "AWS::DynamoDB::Table", "Properties", properties))));
        stack = "gmp-hygiene-gate-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (CloudFormationClient cloudFormation = CloudFormationClient.builder().endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            cloudFormation.createStack(b -> b.stackName(stack).templateBody(body));
            physicalTable = cloudFormation.describeStackResource(b -> b.stackName(stack)
                    .logicalResourceId("UsersTable")).stackResourceDetail().physicalResourceId();
        }
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    static Run gmpAdmin(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GmpAdmin(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withAStackName_itWritesToThatStacksUsersTable() {
        Run run = gmpAdmin("create-site", "--stack", stack, "--endpoint-url", moto.endpoint().toString(),
                "--region", "us-east-1", "--site", "plant-9", "--name", "청주 공장", "--admin-login", "lead.plant9",
                "--admin-name", "최관리");

        assertThat(run.exit()).as(run.err()).isEqualTo(GmpAdmin.OK);
        assertThat(run.out()).contains("stack " + stack).contains("table " + physicalTable);
        try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThat(dynamoDb.getItem(b -> b.tableName(physicalTable)
                    .key(Map.of("pk", AttributeValue.fromS("SITE#plant-9")))).item()).containsKey("siteName");
        }
        assertThat(gmpAdmin("list-sites", "--stack", stack, "--endpoint-url", moto.endpoint().toString(),
                "--region", "us-east-1").out()).contains("plant-9").contains("청주 공장");
    }

    @Test
    void aStackThatIsNotDeployed_isAnAwsProblem_namedPlainly() {
        Run run = gmpAdmin("list-sites", "--stage", "staging", "--endpoint-url", moto.endpoint().toString(),
                "--region", "us-east-1");

        assertThat(run.exit()).isEqualTo(GmpAdmin.AWS);
        assertThat(run.err()).contains("stack gmp-hygiene-gate-staging has no resource UsersTable")
                .doesNotContain("\tat ");
    }
}
