package com.gmpgate.dynamodb;

import com.gmpgate.port.ConflictException;
import com.gmpgate.port.StoreFailureException;
import com.gmpgate.port.StoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The one place SDK exceptions become the ports' exceptions; none crosses a port. A call site that
 * expects a failed condition catches {@link ConditionalCheckFailedException} inside the call and says
 * what it means (a taken login id, a stale version, anti-passback); one it did not expect is a conflict.
 */
final class DynamoDbErrors {

    private DynamoDbErrors() {
    }

    static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException(what + ": the item changed concurrently");
        } catch (ResourceNotFoundException e) {
            throw new StoreFailureException(what + ": table not found (check the *_TABLE settings)", e);
        } catch (AwsServiceException e) {
            // throttling and 5xx have already been retried by the SDK (DynamoDbClients): give up cleanly
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new StoreUnavailableException(what + ": DynamoDB is throttling or failing ("
                        + e.awsErrorDetails().errorCode() + ")", e);
            }
            throw new StoreFailureException(what + ": DynamoDB refused the request ("
                    + (e.awsErrorDetails() == null ? e.statusCode() : e.awsErrorDetails().errorCode()) + ")", e);
        } catch (SdkClientException e) {
            throw new StoreUnavailableException(what + ": DynamoDB cannot be reached", e);
        } catch (SdkException e) {
            throw new StoreFailureException(what + ": DynamoDB call failed", e);
        }
    }

    static void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }
}
