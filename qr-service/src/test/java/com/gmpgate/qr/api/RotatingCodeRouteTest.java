package com.gmpgate.qr.api;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.json;
import static java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.TestDevices;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.qr.QrTestKit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/qr/verify} with the phone's rotating code (issue 19): a code is the phone's signature over
 * (pass, 10-second step, site), checked against the key the worker registered, within one step of the server's time.
 */
class RotatingCodeRouteTest {

    private final QrTestKit kit = new QrTestKit();

    @Test
    void aLiveCode_isAccepted_andTheReplyNamesTheWorkerAndSaysRotating() {
        IssuedPass pass = kit.boundPass("w-kim");

        JsonNode reply = json(kit.verify(kit.phone("w-kim").code(pass.id(), NOW, SITE), "IN"));

        assertThat(reply.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(reply.get("codeKind").asText()).isEqualTo("ROTATING");
        assertThat(reply.get("worker").get("displayName").asText()).isEqualTo("김민수");
        assertThat(reply.get("pass").get("id").asText()).isEqualTo(pass.id());
    }

    @Test
    void aPhotographedCode_shownAgain30sLater_isRefused() {
        IssuedPass pass = kit.boundPass("w-kim");
        String photographed = kit.phone("w-kim").code(pass.id(), NOW, SITE);
        assertThat(result(kit.verify(photographed, "IN"))).isEqualTo("ACCEPTED");
        assertThat(result(kit.verify(kit.phone("w-kim").code(pass.id(), NOW.plusSeconds(5), SITE), "OUT")))
                .isEqualTo("ACCEPTED");

        kit.clock.advance(Duration.ofSeconds(30));

        JsonNode reply = json(kit.verify(photographed, "IN"));
        assertThat(reply.get("reason").asText()).isEqualTo("CODE_EXPIRED");
        assertThat(reply.get("codeKind").asText()).isEqualTo("ROTATING");
    }

    @Test
    void aCode_isGoodInItsStepAndOneEitherSide_andNoFurther() {
        IssuedPass pass = kit.boundPass("w-kim");
        TestDevices.Phone phone = kit.phone("w-kim");
        kit.clock.set(NOW.plusSeconds(5).minusSeconds(NOW.getEpochSecond() % 10)); // 5 s into a step

        assertThat(reason(kit.verify(phone.code(pass.id(), kit.clock.instant().minusSeconds(20), SITE), "IN")))
                .isEqualTo("CODE_EXPIRED");
        assertThat(result(kit.verify(phone.code(pass.id(), kit.clock.instant().minusSeconds(10), SITE), "IN")))
                .isEqualTo("ACCEPTED");
        assertThat(result(kit.verify(phone.code(pass.id(), kit.clock.instant().plusSeconds(10), SITE), "OUT")))
                .isEqualTo("ACCEPTED");
        assertThat(reason(kit.verify(phone.code(pass.id(), kit.clock.instant().plusSeconds(20), SITE), "IN")))
                .isEqualTo("CODE_EXPIRED");
    }

    @Test
    void aCodeSignedByAnotherPhone_isWrongDevice() {
        IssuedPass pass = kit.boundPass("w-kim");
        kit.phone("w-lee");

        assertThat(reason(kit.verify(TestDevices.unregistered().code(pass.id(), NOW, SITE), "IN")))
                .isEqualTo("WRONG_DEVICE");
        assertThat(reason(kit.verify(kit.phone("w-lee").code(pass.id(), NOW, SITE), "IN")))
                .isEqualTo("WRONG_DEVICE");
        assertThat(kit.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void aCodeFromARetiredPhone_isWrongDevice_andTheNewPhone_cannotPickUpThePassBoundToTheOld() {
        IssuedPass pass = kit.boundPass("w-kim");
        TestDevices.Phone old = kit.phone("w-kim");
        TestDevices.Phone replacement = kit.newPhone("w-kim");

        assertThat(reason(kit.verify(old.code(pass.id(), NOW, SITE), "IN"))).isEqualTo("WRONG_DEVICE");
        // signed by the registered key, but the pass carries the old key's thumbprint (cnf.jkt)
        ApiResponse refused = kit.verify(replacement.code(pass.id(), NOW, SITE), "IN");
        assertThat(reason(refused)).isEqualTo("PASS_OTHER_DEVICE");
        assertThat(kit.presence.find(SITE, "w-kim")).isEmpty();
        // a pass issued after the new phone was registered is bound to it
        IssuedPass next = kit.passes.forWorker("w-kim").id(java.util.UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(60)).boundTo(replacement.key().thumbprint()).issue();
        assertThat(result(kit.verify(replacement.code(next.id(), NOW, SITE), "IN"))).isEqualTo("ACCEPTED");
    }

    @Test
    void aPassIssuedBeforeAnyPhone_isBoundAtTheFirstRegistration_only() {
        IssuedPass unbound = kit.passes.forWorker("w-lee").id(java.util.UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(60)).issue();
        TestDevices.Phone first = kit.phone("w-lee");

        assertThat(result(kit.verify(first.code(unbound.id(), NOW, SITE), "IN"))).isEqualTo("ACCEPTED");
        TestDevices.Phone second = kit.newPhone("w-lee");
        assertThat(reason(kit.verify(second.code(unbound.id(), NOW, SITE), "OUT"))).isEqualTo("PASS_OTHER_DEVICE");
    }

    @Test
    void aWorkerWithoutAPhone_hasNoRotatingCode() {
        IssuedPass pass = kit.passes.forWorker("w-lee").id(java.util.UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(60)).issue();

        assertThat(reason(kit.verify(TestDevices.unregistered().code(pass.id(), NOW, SITE), "IN")))
                .isEqualTo("WRONG_DEVICE");
    }

    @Test
    void aCodeMadeForAnotherSite_failsTheSignature() {
        IssuedPass pass = kit.boundPass("w-kim");

        assertThat(reason(kit.verify(kit.phone("w-kim").code(pass.id(), NOW, "other-site"), "IN")))
                .isEqualTo("WRONG_DEVICE");
    }

    @Test
    void aRevokedPass_isRefused_evenWithALiveCode() {
        IssuedPass pass = kit.boundPass("w-kim");
        kit.passStore.revoke(pass.id(), "FAIL on re-screen", NOW.minusSeconds(1));

        assertThat(reason(kit.verify(kit.phone("w-kim").code(pass.id(), NOW, SITE), "IN"))).isEqualTo("REVOKED");
    }

    @Test
    void aCodeNamingNoPass_orGarbled_isRefusedWithoutNamingAnyone() {
        IssuedPass pass = kit.boundPass("w-kim");
        String code = kit.phone("w-kim").code(pass.id(), NOW, SITE);

        JsonNode unknown = json(kit.verify(kit.phone("w-kim").code(java.util.UUID.randomUUID().toString(), NOW,
                SITE), "IN"));
        assertThat(unknown.get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
        assertThat(unknown.has("worker")).isFalse();
        assertThat(reason(kit.verify(code.substring(0, code.length() - 3), "IN"))).isEqualTo("MALFORMED");
        assertThat(reason(kit.verify(code.substring(0, code.length() - 1) + "a", "IN"))).isEqualTo("MALFORMED");
    }

    @Test
    void theGateClock30sOff_changesNothingOnline_theServersClockDecides() {
        IssuedPass pass = kit.boundPass("w-kim");
        String code = kit.phone("w-kim").code(pass.id(), NOW, SITE);

        // the admin app sends its own clock as scannedAt; online only the server's counts
        ApiResponse reply = kit.send(QrTestKit.asAdmin(com.gmpgate.fakes.RestEvent.post("/v1/qr/verify").json(
                "{\"token\":\"" + code + "\",\"gateId\":\"GATE-1\",\"direction\":\"IN\",\"scanId\":\"s-skew\","
                        + "\"scannedAt\":\"" + NOW.minusSeconds(30) + "\"}")));

        assertThat(result(reply)).isEqualTo("ACCEPTED");
    }

    /**
     * A phone 5 minutes slow sets its clock by the {@code Date} header of a reply (whole seconds, as API Gateway and
     * local-api write it; web-shared clock adds half a second): what is left of its error, the header's rounding and
     * the round trip, stays well inside one step, so each code it shows is accepted whenever in its 10 s the guard
     * scans it, with the camera's second or two on top. Uncorrected, the same phone's codes are refused.
     */
    @Test
    void aPhone5MinutesSlow_thatSetsItsClockByTheServersDate_showsCodesTheGateAccepts() {
        IssuedPass pass = kit.boundPass("w-kim");
        TestDevices.Phone phone = kit.phone("w-kim");
        Duration slow = Duration.ofMinutes(5);
        Duration roundTrip = Duration.ofMillis(800);

        for (long intoTheStep = 0; intoTheStep < 10_000; intoTheStep += 900) {
            // the reply left the server at `replied` and reached the phone, whose clock is 5 min behind, later
            Instant replied = NOW.plusMillis(intoTheStep + 137);
            String date = RFC_1123_DATE_TIME.format(replied.atZone(ZoneOffset.UTC));
            Instant phoneAtArrival = replied.plus(roundTrip).minus(slow);
            Duration offset = Duration.between(phoneAtArrival,
                    ZonedDateTime.parse(date, RFC_1123_DATE_TIME).toInstant().plusMillis(500));
            Instant shown = phoneAtArrival.plus(offset);
            String code = phone.code(pass.id(), shown, SITE);
            String uncorrected = phone.code(pass.id(), phoneAtArrival, SITE);

            kit.clock.set(replied.plus(roundTrip).plusSeconds(2)); // the guard's camera takes a moment
            assertThat(result(kit.verify(code, "IN"))).as("%d ms into the step", intoTheStep).isEqualTo("ACCEPTED");
            assertThat(result(kit.verify(code, "OUT"))).isEqualTo("ACCEPTED");
            assertThat(reason(kit.verify(uncorrected, "IN"))).isEqualTo("CODE_EXPIRED");
        }
    }

    @Test
    void twentyConcurrentScansOfOneLiveCode_letTheWorkerInOnce() throws Exception {
        IssuedPass pass = kit.boundPass("w-kim");
        String code = kit.phone("w-kim").code(pass.id(), NOW, SITE);

        List<ApiResponse> replies = Race.run(20, i -> () -> kit.verify(code, "IN", "scan-" + i));

        assertThat(replies).filteredOn(r -> result(r).equals("ACCEPTED")).hasSize(1);
        assertThat(replies).filteredOn(r -> "ALREADY_INSIDE".equals(reason(r))).hasSize(19);
    }

    @Test
    void aStaticPass_isRefusedWhereTheSiteTakesOnlyRotatingCodes_andSaysStatic() {
        QrTestKit strict = new QrTestKit(StaticPasses.NONE);
        IssuedPass pass = strict.pass("w-kim");

        JsonNode reply = json(strict.verify(pass.token(), "IN"));

        assertThat(reply.get("reason").asText()).isEqualTo("STATIC_NOT_ALLOWED");
        assertThat(reply.get("codeKind").asText()).isEqualTo("STATIC");
        assertThat(reply.get("worker").get("displayName").asText()).isEqualTo("김민수");
        assertThat(strict.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void aStaticPass_isAcceptedWhereTheSiteAllowsThem_andSaysStatic() {
        QrTestKit kiosk = new QrTestKit(StaticPasses.parse("plant-x, " + SITE));
        IssuedPass pass = kiosk.pass("w-kim");

        JsonNode reply = json(kiosk.verify(pass.token(), "IN"));

        assertThat(reply.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(reply.get("codeKind").asText()).isEqualTo("STATIC");
    }

    private static String result(ApiResponse response) {
        return json(response).get("result").asText();
    }

    private static String reason(ApiResponse response) {
        JsonNode reason = json(response).get("reason");
        return reason == null ? null : reason.asText();
    }
}
