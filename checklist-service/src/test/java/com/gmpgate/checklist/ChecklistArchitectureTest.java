package com.gmpgate.checklist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The use cases are plain Java over ports (STYLE.md 1, 2): the API layer and the adapters depend on them, not back. */
@AnalyzeClasses(packages = "com.gmpgate.checklist", importOptions = ImportOption.DoNotIncludeTests.class)
class ChecklistArchitectureTest {

    @ArchTest
    static final ArchRule useCases_knowNoSdkNoJsonNoHttpAndNoAdapter = noClasses()
            .that().resideInAPackage("com.gmpgate.checklist.application..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.fasterxml.jackson..",
                    "com.amazonaws..", "com.gmpgate.api..", "com.gmpgate.checklist.api..", "com.gmpgate.dynamodb..",
                    "com.gmpgate.events..", "com.gmpgate.keys..");

    @ArchTest
    static final ArchRule useCases_readNoEnvironment = noClasses()
            .that().resideInAPackage("com.gmpgate.checklist.application..")
            .should().callMethodWhere(DescribedPredicate.describe("System.getenv or System.getProperty",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(System.class)
                            && (call.getName().equals("getenv") || call.getName().equals("getProperty"))));
}
