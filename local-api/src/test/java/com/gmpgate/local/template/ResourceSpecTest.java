package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.local.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transformed template (what CloudFormation receives) against the AWS resource specification: a misspelt
 * property, a property in the wrong place or an attribute a type does not return fails the build.
 */
class ResourceSpecTest {

    @Test
    void theTransformedTemplate_agreesWithTheAwsResourceSpecification() {
        JsonNode transformed = AwsTools.samTransform();
        assertThat(ResourceSpec.load().problems(transformed)).isEmpty();
        assertThat(transformed.path("Resources").size()).as("resources checked").isGreaterThan(100);
    }

    @Test
    void misspeltOrMisplacedProperties_andUnknownAttributes_areReported(@TempDir Path dir) throws Exception {
        String template = Files.readString(RepoFiles.resolve("template.yaml"));
        Path broken = dir.resolve("template.yaml");
        Files.writeString(broken, template
                // top-level property of a plain resource
                .replaceFirst("      RetentionInDays: !FindInMap", "      RetentionInDay: !FindInMap")
                // nested property, inside a list of objects
                .replaceFirst("ViewerProtocolPolicy: https-only", "ViewerProtocolPolcy: https-only")
                // a SAM function property that the transform copies onto AWS::Lambda::Function
                .replaceFirst("      LoggingConfig: \\{ LogGroup:", "      LoggingConfig: { LogGrop:")
                // an attribute the type does not return
                .replaceFirst("!GetAtt ApiWebAcl.Arn", "!GetAtt ApiWebAcl.ARN"));
        ResourceSpec spec = ResourceSpec.load();
        var problems = spec.problems(AwsTools.samTransform(broken, "ap-northeast-2"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("RetentionInDay", "has no property"))
                .anySatisfy(p -> assertThat(p).contains("ViewerProtocolPolcy", "has no property"))
                .anySatisfy(p -> assertThat(p).contains("LogGrop"))
                .anySatisfy(p -> assertThat(p).contains("ApiWebAcl.ARN"));
        // the missing required ViewerProtocolPolicy of that behaviour is reported too
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("requires ViewerProtocolPolicy"));
    }

    @Test
    void theSpecification_isThePinnedOne() throws Exception {
        String lock = Files.readString(RepoFiles.resolve("tools/aws-service-spec/package-lock.json"));
        assertThat(lock).contains("\"node_modules/@aws-cdk/aws-service-spec\": {\n      \"version\": \"0.1.216\"");
        assertThat(ResourceSpec.load().hasType("AWS::CloudFront::Distribution")).isTrue();
    }
}
