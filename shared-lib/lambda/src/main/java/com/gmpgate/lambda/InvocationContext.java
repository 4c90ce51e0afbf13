package com.gmpgate.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The {@link Context} of an invocation outside Lambda: SnapStart priming's synthetic requests, local-api's
 * invocations, handler tests. What the handlers ask of a context is the request id and the logger; the rest is what
 * local-api's pseudo parameters (region us-east-1, account 000000000000) make of the function's name.
 */
public class InvocationContext implements Context {

    static final String FUNCTION_ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";

    private final String functionName;
    private final String requestId;
    private final int memoryMb;
    private final long deadlineMillis;
    private final LambdaLogger logger;

    /**
     * @param deadlineMillis when the invocation times out, in {@link System#currentTimeMillis()} terms
     * @param logger what the handler's {@code context.getLogger()} writes to ({@link #logger(Consumer)})
     */
    public InvocationContext(String functionName, String requestId, int memoryMb, long deadlineMillis,
            LambdaLogger logger) {
        this.functionName = functionName;
        this.requestId = requestId;
        this.memoryMb = memoryMb;
        this.deadlineMillis = deadlineMillis;
        this.logger = logger;
    }

    /** A logger that hands every message to {@code messages}, bytes read as UTF-8. */
    public static LambdaLogger logger(Consumer<String> messages) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                messages.accept(message);
            }

            @Override
            public void log(byte[] message) {
                messages.accept(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + Integer.toHexString(System.identityHashCode(this));
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return FUNCTION_ARN_PREFIX + functionName;
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
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, deadlineMillis - System.currentTimeMillis()));
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
