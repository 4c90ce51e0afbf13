package com.gmpgate.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The use cases, passwords and tokens are plain Java: AWS and JSON mapping stay in the adapters and handlers. */
@AnalyzeClasses(packages = "com.gmpgate.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule useCasesKnowNoAwsNorJsonMapping = noClasses()
            .that().resideInAnyPackage("..auth.application..", "..auth.password..", "..auth.token..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..",
                    "com.fasterxml.jackson.databind..", "com.gmpgate.api..", "com.gmpgate.dynamodb..");

    @ArchTest
    /** It reads one user by id (the users table adapter), and nothing of login, sessions or password hashing. */
    static final ArchRule theAuthorizerStaysLean = noClasses()
            .that().resideInAPackage("..auth.authorizer..")
            .should().dependOnClassesThat().resideInAnyPackage("..auth.application..", "..auth.password..",
                    "software.amazon.awssdk.enhanced..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("SessionStore");

    @ArchTest
    static final ArchRule nothingRegistersAJcaProvider = noClasses()
            .should().callMethod(java.security.Security.class, "addProvider", java.security.Provider.class)
            .orShould().callMethod(java.security.Security.class, "insertProviderAt", java.security.Provider.class,
                    int.class);
}
