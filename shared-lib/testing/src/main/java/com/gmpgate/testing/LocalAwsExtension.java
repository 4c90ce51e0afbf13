package com.gmpgate.testing;

import com.gmpgate.template.StorageTemplate;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LocalAwsResources} for {@link LocalAwsTest} classes. The engines start once per JVM;
 * each test class gets its tables and buckets on first use, and they are dropped when the class is done.
 */
public final class LocalAwsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalAwsExtension.class);
    private static final AtomicInteger CLASSES = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalAwsResources.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() || classContext.getTestClass().orElse(null) != testClass) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, LocalAwsExtension::create,
                LocalAwsResources.class);
    }

    private static LocalAwsResources create(Class<?> testClass) {
        Backend backend = backendOf(testClass);
        Path root = Engines.repositoryRoot();
        StorageTemplate template = StorageTemplate.load(root.resolve(StorageTemplate.FILE_NAME));
        String prefix = "c" + CLASSES.incrementAndGet() + "-";
        LocalAwsResources resources = new LocalAwsResources(backend, prefix, root, template, Engines.of(backend));
        resources.create();
        return resources;
    }

    /** The annotation of the class or of a class enclosing it ({@code @Nested} classes inherit their outer class's). */
    private static Backend backendOf(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            for (Class<?> type = c; type != null; type = type.getSuperclass()) {
                LocalAwsTest annotation = type.getAnnotation(LocalAwsTest.class);
                if (annotation != null) {
                    return annotation.backend();
                }
            }
        }
        return Backend.DYNALITE_S3PROXY;
    }
}
