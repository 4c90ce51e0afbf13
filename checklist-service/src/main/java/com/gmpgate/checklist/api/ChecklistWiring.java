package com.gmpgate.checklist.api;

import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.checklist.ChecklistEnvironment;
import com.gmpgate.checklist.application.ChecklistSettings;
import com.gmpgate.checklist.application.CorrectReview;
import com.gmpgate.checklist.application.ReviewSubmission;
import com.gmpgate.checklist.application.SiteRulePacks;
import com.gmpgate.checklist.application.SubmissionPasses;
import com.gmpgate.checklist.application.SubmissionQueries;
import com.gmpgate.checklist.application.SubmitChecklist;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.events.EventPublishers;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.ChecklistEvents;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.WorkerDayStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds ChecklistFunction's collaborators, once per execution environment: from the environment for Lambda and
 * local-api ({@link #from}), or from any ports for tests ({@link #of}). Every missing or malformed variable fails
 * here, at start, with its name.
 */
public record ChecklistWiring(SiteRulePacks packs, SubmitChecklist submit, SubmissionQueries queries,
                              ReviewSubmission review, CorrectReview correct, ClientAddress clientAddress, Clock clock, CorsPolicy cors) {

    /** The stores, the event bus and the pass keys the environment names. */
    public static ChecklistWiring from(Env env) {
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        DynamoDbStores stores = new DynamoDbStores(dynamoDb, DynamoDbClients.create(dynamoDb));
        // built once: each pass issued reads the worker's registered phone (one GetItem) to bind itself to it
        DeviceStore devices = stores.devices();
        SecureRandom random = new SecureRandom();
        // the reviewer's signature is their login password, checked and locked exactly as a login checks it
        PasswordReentry reentry = new PasswordReentry(stores.users(),
                new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, random),
                new LoginThrottle(stores.attempts()));
        return of(stores.submissions(), stores.workerDays(), stores.passes(), stores.analyses(),
                EventPublishers.checklist(env.variables()),
                PassKeys.forSigning(env.variables(), random),
                packs(env), settings(env), Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                reentry, stores.auditTrail(), ClientAddress.from(env), CorsPolicy.from(env),
                workerId -> devices.find(workerId).map(d -> d.key().thumbprint()));
    }

    public static ChecklistWiring of(SubmissionStore submissions, WorkerDayStore days, PassStore passStore,
                                     AnalysisStore analyses, ChecklistEvents events, KeyRing passKeys,
                                     SiteRulePacks packs, ChecklistSettings settings, Clock clock,
                                     Supplier<String> ids, PasswordReentry reentry, AuditTrail audit,
                                     ClientAddress clientAddress, CorsPolicy cors) {
        return of(submissions, days, passStore, analyses, events, passKeys, packs, settings, clock, ids, reentry, audit,
                clientAddress, cors, workerId -> Optional.empty());
    }

    /** @param registeredPhone the thumbprint of the worker's registered phone key, that new passes are bound to */
    public static ChecklistWiring of(SubmissionStore submissions, WorkerDayStore days, PassStore passStore,
                                     AnalysisStore analyses, ChecklistEvents events, KeyRing passKeys,
                                     SiteRulePacks packs, ChecklistSettings settings, Clock clock,
                                     Supplier<String> ids, PasswordReentry reentry, AuditTrail audit,
                                     ClientAddress clientAddress, CorsPolicy cors,
                                     Function<String, Optional<String>> registeredPhone) {
        SubmissionPasses passes = new SubmissionPasses(passStore, days, new PassTokenIssuer(passKeys), settings,
                clock, registeredPhone);
        return new ChecklistWiring(packs,
                new SubmitChecklist(packs, submissions, days, analyses, passes, events, new VerdictEngine(), settings,
                        clock, ids),
                new SubmissionQueries(submissions, analyses, passes, settings, clock),
                new ReviewSubmission(packs, submissions, days, passes, events, settings, clock, ids, reentry,
                        audit),
                new CorrectReview(packs, submissions, days, passes, events, settings, clock, ids, reentry, audit),
                clientAddress, clock, cors);
    }

    static SiteRulePacks packs(Env env) {
        return new SiteRulePacks(RulePacks.shipped(),
                env.optional(ChecklistEnvironment.RULE_PACK).orElse(RulePacks.DEFAULT_ID),
                SiteRulePacks.parseAssignments(env.optional(ChecklistEnvironment.SITE_RULE_PACKS).orElse("")),
                SiteRulePacks.parseSettings(env.optional(ChecklistEnvironment.SITE_PACK_SETTINGS).orElse("")));
    }

    static ChecklistSettings settings(Env env) {
        return new ChecklistSettings(
                env.optional(ChecklistEnvironment.SITE_TIME_ZONE).map(ZoneId::of)
                        .orElse(ChecklistSettings.DEFAULT_SITE_ZONE),
                env.optional(ChecklistEnvironment.PASS_TTL_HOURS).map(hours -> Duration.ofHours(
                        number(ChecklistEnvironment.PASS_TTL_HOURS, hours))).orElse(ChecklistSettings.DEFAULT_PASS_LIFETIME),
                DynamoDbSettings.of(env.variables()).retention(),
                PassKeys.ISSUER);
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " must be a whole number: " + value);
        }
    }
}
