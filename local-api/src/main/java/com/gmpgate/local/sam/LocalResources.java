package com.gmpgate.local.sam;

import com.gmpgate.template.CfnTemplate;
import java.util.Locale;
import java.util.Map;

/**
 * How the local runtime names the template's resources, i.e. what {@code !Ref} and {@code !GetAtt} give a
 * function's environment. Tables keep their logical id as name (as the storage test harness creates them),
 * buckets their logical id in lower case (S3 names are lower case), functions their logical id. ARNs have the
 * local region and account.
 */
public final class LocalResources {

    private final String prefix;

    private LocalResources(String prefix) {
        this.prefix = prefix;
    }

    public static LocalResources standard() {
        return new LocalResources("");
    }

    public String tableName(String logicalId) {
        return prefix + logicalId;
    }

    public String bucketName(String logicalId) {
        String name = (prefix + logicalId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    public String functionName(String logicalId) {
        return prefix + logicalId;
    }

    /** The id API Gateway would give a REST API (10 lower-case letters and digits there; here readable). */
    public String restApiId(String logicalId) {
        return (prefix + logicalId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    Intrinsics.Resources bind(CfnTemplate template) {
        return new Intrinsics.Resources() {
            @Override
            public String ref(String logicalId) {
                String type = type(logicalId);
                return switch (type) {
                    case "AWS::DynamoDB::Table" -> tableName(logicalId);
                    case "AWS::S3::Bucket" -> bucketName(logicalId);
                    case "AWS::Serverless::Function", "AWS::Lambda::Function" -> functionName(logicalId);
                    case "AWS::SNS::Topic" -> arn("sns", logicalId);
                    case "AWS::SQS::Queue" -> "http://127.0.0.1/" + Intrinsics.ACCOUNT_ID + "/" + logicalId;
                    case "AWS::SecretsManager::Secret" -> arn("secretsmanager", "secret:" + logicalId);
                    case "AWS::Serverless::Api" -> restApiId(logicalId);
                    default -> logicalId;
                };
            }

            @Override
            public String getAtt(String logicalId, String attribute) {
                String type = type(logicalId);
                String name = ref(logicalId);
                if (!attribute.equals("Arn")) {
                    return switch (type + "." + attribute) {
                        case "AWS::DynamoDB::Table.StreamArn" -> arn("dynamodb", "table/" + name + "/stream/local");
                        case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
                        case "AWS::S3::Bucket.RegionalDomainName" -> name + ".s3." + Intrinsics.REGION + ".amazonaws.com";
                        case "AWS::SQS::Queue.QueueName", "AWS::SNS::Topic.TopicName" -> logicalId;
                        default -> logicalId + "." + attribute;
                    };
                }
                return switch (type) {
                    case "AWS::DynamoDB::Table" -> arn("dynamodb", "table/" + name);
                    case "AWS::S3::Bucket" -> "arn:aws:s3:::" + name;
                    case "AWS::Serverless::Function", "AWS::Lambda::Function" -> arn("lambda", "function:" + name);
                    case "AWS::Events::EventBus" -> arn("events", "event-bus/" + name);
                    case "AWS::SQS::Queue" -> arn("sqs", logicalId);
                    case "AWS::SNS::Topic", "AWS::SecretsManager::Secret" -> name;
                    default -> arn("local", logicalId);
                };
            }

            private String type(String logicalId) {
                Object type = template.resource(logicalId).map((Map<String, Object> r) -> r.get("Type")).orElse(null);
                if (type == null) {
                    // SAM's generated resources (GateApiApiKey, GateApiUsagePlan, <Function>Role…) are not in the file
                    return "generated";
                }
                return String.valueOf(type);
            }
        };
    }

    private static String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":" + resource;
    }
}
