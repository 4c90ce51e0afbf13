package com.gmpgate.fakes;

import com.gmpgate.lambda.InvocationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A Lambda context whose logger keeps what was logged, so tests can see what the server logged. */
public final class FakeLambdaContext extends InvocationContext {

    private final List<String> logged;

    public FakeLambdaContext() {
        this(new ArrayList<>());
    }

    private FakeLambdaContext(List<String> logged) {
        super("test", UUID.randomUUID().toString(), 1024, Long.MAX_VALUE, InvocationContext.logger(message -> {
            synchronized (logged) {
                logged.add(message);
            }
        }));
        this.logged = logged;
    }

    public List<String> logged() {
        synchronized (logged) {
            return List.copyOf(logged);
        }
    }
}
