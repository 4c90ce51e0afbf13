package com.gmpgate.local.lambda;

import com.gmpgate.lambda.InvocationContext;
import com.gmpgate.local.sam.Intrinsics;
import com.gmpgate.local.sam.SamApplication;
import com.gmpgate.local.sam.SamFunction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda service, in this JVM. Each function has a pool of handler instances, each used by one invocation at
 * a time as an execution environment is: a handler that is not thread-safe behaves here as it does in AWS, and a
 * second concurrent request costs a second cold start. An instance that times out or whose initialisation failed
 * is thrown away, as Lambda would recycle the environment.
 *
 * <p>A function's environment is Lambda's reserved variables, then the template's ({@code Globals} and the
 * function's, intrinsics resolved), then {@code localOverrides} (endpoints of the local engines, fake credentials,
 * the data directory). Limits kept: the function's {@code Timeout}, 6 MB of event and of response.
 *
 * <p><b>Bounded.</b> A function has at most {@link #DEFAULT_INSTANCES_PER_FUNCTION} execution environments (as a
 * function with that reserved concurrency would); a request beyond waits for one to come free, within its caller's
 * time. Unbounded, a burst made a new instance per concurrent request: each with its own SDK clients (and their
 * scheduler threads), so under load local-api's threads grew from about 90 to 600 and its memory by gigabytes, and
 * AuthFunction ran as many Argon2 hashes (19 MiB each) at once as there were logins in flight. Two cores gain
 * nothing from more than a few at a time.
 */
public final class LocalLambda implements AutoCloseable {

    /** Lambda's synchronous invocation payload limit, request and response alike. */
    public static final int PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

    /** Execution environments per function at most, so also concurrent calls (and Argon2 hashes of logins). */
    public static final int DEFAULT_INSTANCES_PER_FUNCTION = 4;

    private final SamApplication application;
    private final Map<String, String> localOverrides;
    private final ClassLoader loader;
    private final LocalLog log;
    private final Map<String, ConcurrentLinkedDeque<HandlerInstance>> idle = new ConcurrentHashMap<>();
    private final ExecutorService invocations;
    private final int instancesPerFunction;
    private final Map<String, Semaphore> instancePermits = new ConcurrentHashMap<>();

    public LocalLambda(SamApplication application, Map<String, String> localOverrides, ClassLoader loader,
            LocalLog log) {
        this(application, localOverrides, loader, log, DEFAULT_INSTANCES_PER_FUNCTION);
    }

    public LocalLambda(SamApplication application, Map<String, String> localOverrides, ClassLoader loader,
            LocalLog log, int instancesPerFunction) {
        if (instancesPerFunction < 1) {
            throw new IllegalArgumentException("instancesPerFunction must be at least 1");
        }
        this.instancesPerFunction = instancesPerFunction;
        this.application = Objects.requireNonNull(application, "application");
        this.localOverrides = Map.copyOf(localOverrides);
        this.loader = loader;
        this.log = log;
        AtomicInteger threads = new AtomicInteger();
        this.invocations = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "lambda-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The environment {@code functionId}'s handler is constructed with. */
    public Map<String, String> environment(String functionId) {
        SamFunction function = application.function(functionId);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", Intrinsics.REGION);
        environment.put("AWS_DEFAULT_REGION", Intrinsics.REGION);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        environment.putAll(function.environment());
        environment.putAll(localOverrides);
        return environment;
    }

    /**
     * Invokes {@code functionId} synchronously with {@code event} (JSON) and waits for at most the function's
     * {@code Timeout} or {@code callerTimeout}, whichever is shorter.
     */
    public Invocation invoke(String functionId, byte[] event, Duration callerTimeout) {
        SamFunction function = application.function(functionId);
        if (event.length > PAYLOAD_LIMIT_BYTES) {
            return new Invocation.Failed("RequestEntityTooLargeException", "the event is " + event.length
                    + " bytes; Lambda accepts at most " + PAYLOAD_LIMIT_BYTES);
        }
        long waitStart = System.nanoTime();
        Semaphore permit = instancePermits.computeIfAbsent(functionId, id -> new Semaphore(instancesPerFunction));
        try {
            if (!permit.tryAcquire(callerTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.function(functionId, "no free execution environment within " + callerTimeout.toMillis() / 1000.0
                        + " seconds (" + instancesPerFunction + " busy)");
                return new Invocation.TimedOut(callerTimeout, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Invocation.Failed("Interrupted", "local-api is stopping");
        }
        Duration callerLeft = callerTimeout.minusNanos(System.nanoTime() - waitStart);
        boolean functionLimit = function.timeout().compareTo(callerLeft) <= 0;
        Duration limit = functionLimit ? function.timeout() : callerLeft;
        String requestId = UUID.randomUUID().toString();
        long deadline = System.currentTimeMillis() + function.timeout().toMillis();
        Future<Invocation> running;
        try {
            // the permit goes back when the instance is free again, not when the caller stops waiting for it
            running = invocations.submit(() -> {
                try {
                    return run(function, event, requestId, deadline);
                } finally {
                    permit.release();
                }
            });
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            log.function(functionId, "Task timed out after " + limit.toMillis() / 1000.0 + " seconds"
                    + (functionLimit ? "" : " (the caller's limit)") + " [request " + requestId + "]");
            return new Invocation.TimedOut(limit, functionLimit);
        } catch (ExecutionException e) {
            return failure(functionId, requestId, e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return new Invocation.Failed("Interrupted", "local-api is stopping");
        }
    }

    private Invocation run(SamFunction function, byte[] event, String requestId, long deadline) {
        HandlerInstance instance;
        try {
            instance = borrow(function);
        } catch (Throwable thrown) {
            Throwable cause = thrown instanceof ReflectiveOperationException && thrown.getCause() != null
                    ? thrown.getCause() : thrown;
            log.error("[" + function.logicalId() + "] init failed for " + function.handler() + ": " + cause, cause);
            return new Invocation.Failed("Runtime.InitError", String.valueOf(cause.getMessage()));
        }
        byte[] output;
        try {
            output = instance.invoke(event, new InvocationContext(function.functionName(), requestId,
                    function.memoryMb(), deadline,
                    InvocationContext.logger(message -> log.function(function.logicalId(), message))));
        } catch (Throwable thrown) {
            idle(function).push(instance); // Lambda keeps the environment after a handled exception
            return failure(function.logicalId(), requestId, thrown);
        }
        if (Thread.currentThread().isInterrupted()) {
            return new Invocation.Failed("Timeout", "timed out"); // the caller gave up; this instance is dropped
        }
        idle(function).push(instance);
        if (output.length > PAYLOAD_LIMIT_BYTES) {
            return failure(function.logicalId(), requestId, new IllegalStateException("the response is "
                    + output.length + " bytes; Lambda returns at most " + PAYLOAD_LIMIT_BYTES));
        }
        return new Invocation.Returned(output);
    }

    private HandlerInstance borrow(SamFunction function) throws ReflectiveOperationException {
        HandlerInstance instance = idle(function).poll();
        if (instance != null) {
            return instance;
        }
        long start = System.nanoTime();
        instance = HandlerInstance.create(function.handlerClass(), function.handlerMethod(),
                environment(function.logicalId()), loader, log);
        log.function(function.logicalId(), "init " + function.handlerClass() + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        return instance;
    }

    private ConcurrentLinkedDeque<HandlerInstance> idle(SamFunction function) {
        return idle.computeIfAbsent(function.logicalId(), id -> new ConcurrentLinkedDeque<>());
    }

    private Invocation failure(String functionId, String requestId, Throwable thrown) {
        log.error("[" + functionId + "] request " + requestId + " failed: " + thrown, thrown);
        return new Invocation.Failed(thrown.getClass().getName(), String.valueOf(thrown.getMessage()));
    }

    @Override
    public void close() {
        invocations.shutdownNow();
    }
}
