package com.gmpgate.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/** The domain is plain Java (STYLE.md 1): no AWS SDK, no Jackson databind, no environment. */
@AnalyzeClasses(packages = "com.gmpgate", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domain_dependsOnNoAwsSdkAndNoJacksonDatabind = noClasses()
            .that().resideInAPackage("com.gmpgate.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.fasterxml.jackson.databind..");

    @ArchTest
    static final ArchRule domain_readsNoEnvironmentVariablesOrSystemProperties = noClasses()
            .that().resideInAPackage("com.gmpgate.domain..")
            .should().callMethodWhere(DescribedPredicate.describe("System.getenv or System.getProperty",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(System.class)
                            && (call.getName().equals("getenv") || call.getName().equals("getProperty"))));

    @ArchTest
    static final ArchRule ports_dependOnNoAwsSdkAndNoJacksonDatabind = noClasses()
            .that().resideInAPackage("com.gmpgate.port..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.fasterxml.jackson.databind..");
}
