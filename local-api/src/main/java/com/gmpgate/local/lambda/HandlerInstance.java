package com.gmpgate.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Env;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * One initialised handler object — a Lambda execution environment's worth — and the way to call its handler
 * method as the Java runtime would: {@code (InputStream, OutputStream, Context)} for a
 * {@code RequestStreamHandler}, or {@code (Input, Context)} / {@code (Input)} with the input read from and the
 * output written as JSON.
 *
 * <p>Construction follows the project's convention (docs/architecture.md, "Configuration of a function"): a
 * public constructor taking {@link Env} gets {@code Env.of(environment)}; else one taking a {@code Map} gets the map;
 * else the no-arg constructor, which can only see this JVM's own environment — a warning says so.
 */
final class HandlerInstance {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Object handler;
    private final Method method;
    private final boolean stream;

    private HandlerInstance(Object handler, Method method, boolean stream) {
        this.handler = handler;
        this.method = method;
        this.stream = stream;
    }

    /**
     * @throws ReflectiveOperationException when the class or a usable constructor or method is missing, or the
     *         constructor throws (the cause is the handler's own exception)
     */
    static HandlerInstance create(String className, String methodName, Map<String, String> environment,
            ClassLoader loader, LocalLog log) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className, true, loader);
        Object handler = construct(type, environment, log);
        Method method = handlerMethod(type, methodName);
        Class<?>[] parameters = method.getParameterTypes();
        boolean stream = parameters.length >= 2 && parameters[0] == InputStream.class
                && parameters[1] == OutputStream.class;
        return new HandlerInstance(handler, method, stream);
    }

    private static Object construct(Class<?> type, Map<String, String> environment, LocalLog log)
            throws ReflectiveOperationException {
        Optional<Constructor<?>> withEnv = constructor(type, Env.class::equals);
        if (withEnv.isPresent()) {
            return withEnv.get().newInstance(Env.of(environment));
        }
        Optional<Constructor<?>> withMap = constructor(type, Map.class::equals);
        if (withMap.isPresent()) {
            return withMap.get().newInstance(environment);
        }
        log.info("WARNING: " + type.getName() + " has no public constructor taking " + Env.class.getName()
                + ", so it cannot be given its template environment; it reads this JVM's environment instead");
        return type.getConstructor().newInstance();
    }

    private static Optional<Constructor<?>> constructor(Class<?> type,
            java.util.function.Predicate<Class<?>> parameter) {
        return Arrays.stream(type.getConstructors())
                .filter(c -> c.getParameterCount() == 1 && parameter.test(c.getParameterTypes()[0]))
                .findFirst();
    }

    /** The public, non-bridge method of that name the Java runtime would pick: most parameters first. */
    private static Method handlerMethod(Class<?> type, String name) throws NoSuchMethodException {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() >= 1 && m.getParameterCount() <= 3)
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new NoSuchMethodException(type.getName() + "::" + name
                        + " (a public method taking (InputStream, OutputStream, Context) or (Input, Context))"));
    }

    /** Runs the handler on the calling thread; what it throws comes out unwrapped. */
    byte[] invoke(byte[] event, Context context) throws Throwable {
        try {
            if (stream) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream in = new ByteArrayInputStream(event);
                if (method.getParameterCount() == 3) {
                    method.invoke(handler, in, out, context);
                } else {
                    method.invoke(handler, in, out);
                }
                return out.toByteArray();
            }
            Type inputType = method.getGenericParameterTypes()[0];
            JavaType javaType = JSON.getTypeFactory().constructType(inputType);
            Object input = inputType == Context.class ? context : JSON.readValue(event, javaType);
            Object output = method.getParameterCount() == 2 ? method.invoke(handler, input, context)
                    : method.invoke(handler, input);
            return method.getReturnType() == void.class ? new byte[0] : JSON.writeValueAsBytes(output);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
