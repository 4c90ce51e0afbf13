package com.gmpgate.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.Provider;
import java.security.Security;
import org.junit.jupiter.api.Test;

/** Keeps this module plain Java that any function can carry, and Bouncy Castle out of the JVM's providers. */
class DependencyRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.gmpgate");

    /** Tests too: a test that registered BC would hide a main class depending on it. */
    private static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter().importPackages("com.gmpgate");

    @Test
    void mainCode_usesNoAwsSdk() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(MAIN);
    }

    @Test
    void mainCode_usesNoJacksonDatabind() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..")
                .check(MAIN);
    }

    @Test
    void mainCode_readsNoEnvironment() {
        noClasses().should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(MAIN);
    }

    @Test
    void noCode_registersAJcaProvider() {
        noClasses().should().callMethod(Security.class, "addProvider", Provider.class)
                .orShould().callMethod(Security.class, "insertProviderAt", Provider.class, int.class)
                .check(MAIN_AND_TESTS);
    }

    @Test
    void noCode_usesBouncyCastleAsAJcaProvider() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.bouncycastle.jce..", "org.bouncycastle.jcajce..")
                .check(MAIN_AND_TESTS);
    }

    @Test
    void cryptoPrimitives_knowNothingOfPasses() {
        noClasses().that().resideInAPackage("com.gmpgate.crypto..")
                .should().dependOnClassesThat().resideInAPackage("com.gmpgate.pass..")
                .check(MAIN);
    }
}
