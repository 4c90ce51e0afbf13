package com.gmpgate.qr.api;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.asWorker;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.pass.GateRoster;
import com.gmpgate.pass.SignedRoster;
import com.gmpgate.qr.QrTestKit;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/qr/roster}: today's signed roster of the gate's own site, only what the gate screen shows. */
class RosterRouteTest {

    private final QrTestKit kit = new QrTestKit(StaticPasses.NONE);

    private GateRoster roster(ApiResponse response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
        return SignedRoster.verify(json(response).get("token").asText(), kit.passes.ring(), TestPasses.ISSUER, SITE,
                kit.clock.instant()).orElseThrow();
    }

    @Test
    void listsTheSitesValidPasses_withNameDepartmentAndThePhonesKey_andTodaysRevocations() {
        IssuedPass kim = kit.boundPass("w-kim");
        IssuedPass lee = kit.passes.forWorker("w-lee").id(UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(600)).issue();
        kit.passStore.revoke(lee.id(), "FAIL on re-screen", NOW.minusSeconds(60));
        kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(60)).issue();
        // a pass of one of the site's own workers, issued at another site: not this gate's to list
        kit.passes.forWorker("w-kim").id(UUID.randomUUID().toString()).site("other-site")
                .issuedAt(NOW.minusSeconds(120)).issue();

        GateRoster roster = roster(kit.send(asAdmin(RestEvent.get("/v1/qr/roster"))));

        assertThat(roster.siteId()).isEqualTo(SITE);
        assertThat(roster.staticPasses()).isFalse();
        assertThat(roster.passes()).singleElement().satisfies(entry -> {
            assertThat(entry.passId()).isEqualTo(kim.id());
            assertThat(entry.displayName()).isEqualTo("김민수");
            assertThat(entry.department()).isEqualTo("생산1팀");
            assertThat(entry.device()).contains(new GateRoster.DeviceJwk(kit.phone("w-kim").key().x(),
                    kit.phone("w-kim").key().y()));
        });
        assertThat(roster.revoked()).containsExactly(lee.id());
        assertThat(roster.expiresAt()).isAfter(NOW).isBeforeOrEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void eachPass_carriesThePhoneKeyItIsBoundTo_alsoAfterTheWorkerRegisteredAnotherPhone() {
        IssuedPass kim = kit.boundPass("w-kim");
        String kimsFirstPhone = kit.phone("w-kim").key().thumbprint();
        // issued before any phone: bound at the first registration
        IssuedPass lee = kit.passes.forWorker("w-lee").id(UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(600)).issue();
        String leesFirstPhone = kit.phone("w-lee").key().thumbprint();

        GateRoster before = roster(kit.send(asAdmin(RestEvent.get("/v1/qr/roster"))));
        assertThat(entry(before, kim).boundTo()).contains(kimsFirstPhone);
        assertThat(entry(before, lee).boundTo()).contains(leesFirstPhone);

        kit.newPhone("w-kim");
        kit.newPhone("w-lee");
        GateRoster after = roster(kit.send(asAdmin(RestEvent.get("/v1/qr/roster"))));

        // the new phone's key is listed (its codes verify) but the passes stay bound where they were: an offline
        // gate refuses the new phone's codes for them PASS_OTHER_DEVICE, as the online gate does
        assertThat(entry(after, kim).device()).contains(new GateRoster.DeviceJwk(kit.phone("w-kim").key().x(),
                kit.phone("w-kim").key().y()));
        assertThat(entry(after, kim).boundTo()).contains(kimsFirstPhone);
        assertThat(entry(after, lee).boundTo()).isEmpty();
    }

    private static GateRoster.Entry entry(GateRoster roster, IssuedPass pass) {
        return roster.passes().stream().filter(e -> e.passId().equals(pass.id())).findFirst().orElseThrow();
    }

    @Test
    void theConditions_carryTheWordsOfThePassesOwnRulePack_asEveryReplyShowsThem() {
        RulePack us = RulePacks.shipped().get("us-fda-food-code");
        IssuedPass pass = kit.passes.forWorker("w-kim").id(UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(60)).conditions(us, "GLOVES_OVER_COVERED_WOUND").issue();

        GateRoster roster = roster(kit.send(asAdmin(RestEvent.get("/v1/qr/roster"))));

        LocalizedText usWords = us.conditions().get("GLOVES_OVER_COVERED_WOUND").message();
        assertThat(entry(roster, pass).conditions()).containsExactly(
                new GateRoster.ConditionWords("GLOVES_OVER_COVERED_WOUND", usWords.ko(), usWords.en()));
    }

    @Test
    void beforeTheFirstPass_theGateIsToldWhyThereIsNoRoster_inItsWords_andWhenToAskAgain() {
        kit.beforeTheFirstPass();

        ApiResponse reply = kit.send(asAdmin(RestEvent.get("/v1/qr/roster")));

        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.headers()).containsEntry("Retry-After", "180");
        JsonNode error = json(reply).get("error");
        assertThat(error.get("code").asText()).isEqualTo("ROSTER_UNAVAILABLE");
        assertThat(error.at("/details/0/code").asText()).isEqualTo("ROSTER_UNAVAILABLE");
        assertThat(error.at("/details/0/message/ko").asText()).contains("오프라인 명단");
        assertThat(error.at("/details/0/message/en").asText()).contains("offline roster");
    }

    @Test
    void aWorkerWithoutAPhone_isListedWithoutAKey_andAWorkerCannotFetchTheRoster() {
        kit.passes.forWorker("w-lee").id(UUID.randomUUID().toString()).site(SITE).issuedAt(NOW.minusSeconds(60))
                .issue();

        assertThat(roster(kit.send(asAdmin(RestEvent.get("/v1/qr/roster")))).passes())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.device()).isEqualTo(Optional.empty());
                    assertThat(entry.boundTo()).isEqualTo(Optional.empty());
                });
        assertThat(kit.send(asWorker(RestEvent.get("/v1/qr/roster"), "w-kim")).statusCode()).isEqualTo(403);
    }

    @Test
    void thePassScreen_isToldToShowTheRotatingCode_unlessTheSiteTakesStaticPasses() {
        kit.boundPass("w-kim");
        QrTestKit kiosk = new QrTestKit(StaticPasses.parse(SITE));
        kiosk.pass("w-kim");

        JsonNode strict = json(kit.send(asWorker(RestEvent.get("/v1/qr/passes/current"), "w-kim")));
        JsonNode lenient = json(kiosk.send(asWorker(RestEvent.get("/v1/qr/passes/current"), "w-kim")));

        assertThat(strict.get("codeKind").asText()).isEqualTo("ROTATING");
        assertThat(lenient.get("codeKind").asText()).isEqualTo("STATIC");
    }
}
