package com.gmpgate.admin.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The physical name of a table of the deployed stack, by its logical id in template.yaml ({@code UsersTable}):
 * the template leaves table names to CloudFormation, so this is where they are known.
 */
public final class StackTables {

    private final CloudFormationClient cloudFormation;

    public StackTables(CloudFormationClient cloudFormation) {
        this.cloudFormation = cloudFormation;
    }

    /** @throws StackLookupException the stack or the resource does not exist, or may not be read */
    public String physicalName(String stackName, String logicalId) {
        try {
            return cloudFormation.describeStackResource(b -> b.stackName(stackName).logicalResourceId(logicalId))
                    .stackResourceDetail().physicalResourceId();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? Integer.toString(e.statusCode()) : e.awsErrorDetails().errorCode();
            if ("ValidationError".equals(code)) {
                // CloudFormation's answer both for a missing stack and for a missing logical id
                throw new StackLookupException("stack " + stackName + " has no resource " + logicalId
                        + " (is the stack deployed in this account and region? sam deploy creates it)", e);
            }
            throw new StackLookupException("CloudFormation refused DescribeStackResource on " + stackName + " ("
                    + code + ")", e);
        }
    }

    /** The stack could not tell a table's name. */
    public static final class StackLookupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StackLookupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
