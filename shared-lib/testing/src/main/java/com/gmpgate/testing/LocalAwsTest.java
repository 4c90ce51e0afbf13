package com.gmpgate.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against local AWS engines. Each test class (and each {@code @Nested} class) gets its
 * own tables and buckets, created from {@code template.yaml}; ask for them with a
 * {@link LocalAwsResources} parameter (constructor, {@code @BeforeAll}, {@code @BeforeEach} or test method).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalAwsExtension.class)
public @interface LocalAwsTest {
    Backend backend() default Backend.DYNALITE_S3PROXY;
}
