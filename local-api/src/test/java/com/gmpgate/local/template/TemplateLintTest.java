package com.gmpgate.local.template;

import com.gmpgate.template.CfnYamlReader;
import com.gmpgate.template.CfnTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLintTest {

    private static List<String> lint(String yaml) {
        return TemplateLint.problems(new CfnTemplate(CfnYamlReader.parse(yaml, "lint.yaml")));
    }

    private static final String BASE = """
            Parameters:
              Stage: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !Ref Stage
                  Auth:
                    UsagePlan: {CreateUsagePlan: PER_API}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x
            """;

    @Test
    void cleanTemplate_hasNoProblems() {
        assertThat(lint(BASE + """
                Outputs:
                  A: {Value: !Sub 'https://${Api}.execute-api.${AWS::Region}/${Stage}/${Fn.Arn}'}
                  B: {Value: !GetAtt FnRole.Arn}
                  C: {Value: !Ref ApiApiKey}
                  D: {Value: !Ref Api.Stage}
                  E: {Value: !If [IsProd, a, !Ref 'AWS::NoValue'], Condition: IsProd}
                  F: {Value: !Sub ['${X}-${!Literal}', {X: !Ref Stage}]}
                """)).isEmpty();
    }

    @Test
    void refToUnknownName_isReported() {
        assertThat(lint(BASE + "Outputs:\n  A: {Value: !Ref Stag}\n"))
                .singleElement().asString().contains("Outputs.A.Value", "'Stag'");
    }

    @Test
    void getAttOfUnknownResource_isReported() {
        assertThat(lint(BASE + "Outputs:\n  A: {Value: !GetAtt Nope.Arn}\n"))
                .singleElement().asString().contains("'Nope'");
    }

    @Test
    void subVariableNamingNothing_isReported() {
        assertThat(lint(BASE + "Outputs:\n  A: {Value: !Sub '${Stage}-${Missing}'}\n"))
                .singleElement().asString().contains("${Missing}");
    }

    @Test
    void undeclaredCondition_isReported_inIfAndOnResourcesAndInConditions() {
        assertThat(lint("""
                Conditions:
                  A: !Equals [x, x]
                  B: !And [!Condition A, !Condition Nope1]
                Resources:
                  R: {Type: AWS::SNS::Topic, Condition: Nope2}
                Outputs:
                  O: {Value: !If [Nope3, a, b]}
                """)).hasSize(3).anySatisfy(p -> assertThat(p).contains("Nope1"))
                .anySatisfy(p -> assertThat(p).contains("Nope2"))
                .anySatisfy(p -> assertThat(p).contains("Nope3"));
    }

    @Test
    void unknownFunction_isReported() {
        assertThat(lint("Resources:\n  R: {Type: T, Properties: {P: {'Fn::Concat': [a, b]}}}\n"))
                .singleElement().asString().contains("Fn::Concat");
    }

    @Test
    void dependsOnUnknownResource_isReported() {
        assertThat(lint("Resources:\n  R: {Type: T, DependsOn: [Ghost]}\n"))
                .singleElement().asString().contains("Ghost");
    }

    @Test
    void refsInGlobals_areChecked() {
        assertThat(lint("Globals:\n  Function:\n    Environment: {Variables: {A: !Ref Unknown}}\n"))
                .singleElement().asString().contains("Globals.Function");
    }

    @Test
    void implicitApi_isReferenceable_onlyWhenAFunctionHasAnApiEventWithoutRestApiId() {
        String withEvent = """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Get: {Type: Api, Properties: {Path: /x, Method: get}}
                Outputs:
                  U: {Value: !Ref ServerlessRestApi}
                """;
        assertThat(lint(withEvent)).isEmpty();
        assertThat(lint(withEvent.replace("Path: /x,", "Path: /x, RestApiId: Other,")))
                .singleElement().asString().contains("ServerlessRestApi");
    }
}
