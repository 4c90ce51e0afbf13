package com.gmpgate.local.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.gmpgate.local.sam.Intrinsics;
import com.gmpgate.local.sam.SamFunction;
import java.nio.charset.StandardCharsets;

/** The {@link Context} of one local invocation: request id, deadline, and a logger that prefixes the function. */
final class LocalContext implements Context {

    private final SamFunction function;
    private final String requestId;
    private final long deadlineMillis;
    private final LambdaLogger logger;

    LocalContext(SamFunction function, String requestId, long deadlineMillis, LocalLog log) {
        this.function = function;
        this.requestId = requestId;
        this.deadlineMillis = deadlineMillis;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.function(function.logicalId(), message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.functionName();
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + Integer.toHexString(System.identityHashCode(this));
    }

    @Override
    public String getFunctionName() {
        return function.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":function:"
                + function.functionName();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
