package com.gmpgate.accesslog.api;

import static com.gmpgate.accesslog.AccessLogTestKit.NOW;
import static com.gmpgate.accesslog.AccessLogTestKit.SITE;
import static com.gmpgate.accesslog.AccessLogTestKit.asAdmin;
import static com.gmpgate.accesslog.AccessLogTestKit.asAdminOf;
import static com.gmpgate.accesslog.AccessLogTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.accesslog.AccessLogTestKit;
import com.gmpgate.accesslog.application.AccessLogQueries;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The admin's views of the gate: the day's log (JSON pages, CSV) and who is inside. */
class LogRoutesTest {

    private final AccessLogTestKit kit = new AccessLogTestKit();

    @Nested
    class Entries {

        @Test
        void todaysLog_newestFirst_inTheContractsShape() {
            IssuedPass kim = kit.pass("w-kim");
            kit.scan(kim.token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(5));
            kit.scan("junk", Direction.IN, "GATE-2");

            ApiResponse response = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries")));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode items = json(response).get("items");
            assertThat(items).hasSize(2);
            assertThat(items.get(0).get("reason").asText()).isEqualTo("MALFORMED");
            assertThat(items.get(0).has("workerId")).isFalse();
            JsonNode accepted = items.get(1);
            assertThat(accepted.get("workerId").asText()).isEqualTo("w-kim");
            assertThat(accepted.get("workerName").asText()).isEqualTo("김민수");
            assertThat(accepted.get("gateId").asText()).isEqualTo("GATE-1");
            assertThat(accepted.get("direction").asText()).isEqualTo("IN");
            assertThat(accepted.get("result").asText()).isEqualTo("ACCEPTED");
            assertThat(accepted.has("reason")).isFalse();
            assertThat(accepted.get("passId").asText()).isEqualTo(kim.id());
            assertThat(accepted.get("scannedBy").asText()).isEqualTo(AccessLogTestKit.ADMIN);
            assertThat(accepted.get("offline").asBoolean()).isFalse();
            assertThat(accepted.get("at").asText()).isEqualTo(NOW.toString());
            assertThat(json(response).has("nextCursor")).isFalse();
        }

        @Test
        void anEntryUnderConditions_namesThemInThePassesOwnRulePacksWords_aUsSitesToo() {
            RulePack us = RulePacks.shipped().get("us-fda-food-code");
            RulePack kr = RulePacks.shipped().defaultPack();
            IssuedPass usPass = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(3600))
                    .conditions(us, "GLOVES_OVER_COVERED_WOUND").issue();
            IssuedPass krPass = kit.passes.forWorker("w-lee").site(SITE).issuedAt(NOW.minusSeconds(3600))
                    .conditions(kr, "GLOVES_OVER_COVERED_WOUND").issue();
            kit.scan(usPass.token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(1));
            kit.scan(krPass.token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(1));
            kit.scan(usPass.token(), Direction.IN, "GATE-1");

            JsonNode items = json(kit.send(asAdmin(RestEvent.get("/v1/access-log/entries")))).get("items");

            LocalizedText usWords = us.conditions().get("GLOVES_OVER_COVERED_WOUND").message();
            LocalizedText krWords = kr.conditions().get("GLOVES_OVER_COVERED_WOUND").message();
            assertThat(usWords).isNotEqualTo(krWords);
            assertThat(items.get(0).get("reason").asText()).isEqualTo("ALREADY_INSIDE");
            assertThat(items.get(0).has("conditions")).as("a refusal was made under no conditions").isFalse();
            assertThat(items.get(1).at("/conditions/0/code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
            assertThat(items.get(1).at("/conditions/0/message/ko").asText()).isEqualTo(krWords.ko());
            assertThat(items.get(2).at("/conditions/0/message/ko").asText()).isEqualTo(usWords.ko());
            assertThat(items.get(2).at("/conditions/0/message/en").asText()).isEqualTo(usWords.en());
        }

        @Test
        void filtersByDateGateAndWorker() {
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");
            kit.scan(kit.pass("w-lee").token(), Direction.IN, "GATE-2");
            kit.clock.advance(Duration.ofDays(1));
            kit.scan(kit.passes.forWorker("w-kim").site(SITE).issuedAt(kit.clock.instant()).issue().token(),
                    Direction.IN, "GATE-1");

            assertThat(workers(query("date", "2026-03-02"))).containsExactlyInAnyOrder("w-kim", "w-lee");
            assertThat(workers(query("date", "2026-03-03"))).containsExactly("w-kim");
            assertThat(workers(query("date", "2026-03-02").query("gateId", "GATE-2"))).containsExactly("w-lee");
            assertThat(workers(query("date", "2026-03-02").query("workerId", "w-kim"))).containsExactly("w-kim");
        }

        @Test
        void pagesThroughWithTheCursor_whichOnlyWorksForItsOwnListing() {
            IssuedPass kim = kit.pass("w-kim");
            for (int i = 0; i < 5; i++) {
                kit.clock.advance(Duration.ofMinutes(1));
                kit.scan(kim.token(), i % 2 == 0 ? Direction.IN : Direction.OUT, "GATE-1");
            }

            JsonNode first = json(kit.send(asAdmin(query("limit", "3"))));
            String cursor = first.get("nextCursor").asText();
            JsonNode second = json(kit.send(asAdmin(query("limit", "3").query("cursor", cursor))));
            ApiResponse foreign = kit.send(asAdmin(query("limit", "3").query("cursor", cursor).query("gateId", "GATE-9")));

            assertThat(first.get("items")).hasSize(3);
            assertThat(second.get("items")).hasSize(2);
            assertThat(second.has("nextCursor")).isFalse();
            assertThat(foreign.statusCode()).isEqualTo(400);
            assertThat(json(foreign).at("/error/code").asText()).isEqualTo("INVALID_CURSOR");
        }

        @Test
        void anAdminSeesOnlyTheirOwnSite() {
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");

            ApiResponse elsewhere = kit.send(asAdminOf(RestEvent.get("/v1/access-log/entries"), "other-site"));

            assertThat(json(elsewhere).get("items")).isEmpty();
        }

        @Test
        void badQueries_andWorkers_areRefused() {
            assertThat(kit.send(asAdmin(query("date", "02/03/2026"))).statusCode()).isEqualTo(400);
            assertThat(kit.send(asAdmin(query("gateId", "a b"))).statusCode()).isEqualTo(400);
            assertThat(kit.send(asAdmin(query("limit", "1000"))).statusCode()).isEqualTo(400);
            assertThat(kit.send(RestEvent.get("/v1/access-log/entries").caller("w-kim", "WORKER", SITE)).statusCode())
                    .isEqualTo(403);
        }

        @Test
        void findsAWorkerByTheNameASupervisorTypes_notOnlyByTheInternalId() {
            kit.user("w-kim2", "김위생", "생산1팀", SITE);
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");
            kit.scan(kit.pass("w-kim2").token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(1));
            kit.scan(kit.pass("w-lee").token(), Direction.IN, "GATE-1");

            assertThat(workers(query("name", "김위생"))).containsExactly("w-kim2");
            assertThat(workers(query("name", "김 위생"))).containsExactly("w-kim2");
            assertThat(workers(query("name", "김"))).containsExactlyInAnyOrder("w-kim", "w-kim2");
            assertThat(workers(query("name", "없는사람"))).isEmpty();
            assertThat(kit.send(query("name", "x".repeat(51))).statusCode()).isEqualTo(400);
        }

        @Test
        void aGate_seesTodaysScansOfItsSite_only() {
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");

            ApiResponse today = kit.send(asGate(RestEvent.get("/v1/access-log/entries")));
            ApiResponse yesterday = kit.send(asGate(RestEvent.get("/v1/access-log/entries").query("date", "2026-03-01")));
            ApiResponse csv = kit.send(asGate(RestEvent.get("/v1/access-log/entries.csv")));
            ApiResponse presence = kit.send(asGate(RestEvent.get("/v1/access-log/presence")));

            assertThat(today.statusCode()).isEqualTo(200);
            assertThat(json(today).get("items")).hasSize(1);
            assertThat(json(today).at("/items/0/kind").asText()).isEqualTo("SCAN");
            assertThat(yesterday.statusCode()).isEqualTo(403);
            assertThat(csv.statusCode()).isEqualTo(403);
            assertThat(presence.statusCode()).isEqualTo(403);
        }

        private RestEvent asGate(RestEvent event) {
            return event.signedIn("u-gate", "GATE", SITE);
        }

        private RestEvent query(String name, String value) {
            return asAdmin(RestEvent.get("/v1/access-log/entries")).query(name, value);
        }

        private List<String> workers(RestEvent event) {
            return json(kit.send(event)).get("items").findValuesAsText("workerId");
        }
    }

    @Nested
    class Csv {

        @Test
        void isUtf8WithBom_crlf_oldestFirst_withSiteLocalTimes_asAnAttachment() {
            IssuedPass kim = kit.pass("w-kim");
            kit.scan(kim.token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(90));
            kit.scan(kim.token(), Direction.OUT, "GATE-2");

            ApiResponse response = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv")
                    .query("date", "2026-03-02")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers()).containsEntry("Content-Type", "text/csv; charset=utf-8")
                    .containsEntry("Content-Disposition", "attachment; filename=\"access-log-2026-03-02.csv\"")
                    .containsEntry("Cache-Control", "no-store");
            byte[] bytes = response.bodyText().getBytes(StandardCharsets.UTF_8);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String[] lines = response.bodyText().substring(1).split("\r\n", -1);
            assertThat(lines).hasSize(4);
            assertThat(lines[0]).isEqualTo("\"일시\",\"작업자\",\"출입문\",\"방향\",\"결과\",\"사유\",\"구분\",\"메모\","
                    + "\"오프라인\",\"작업자 ID\",\"방향 코드\",\"결과 코드\",\"사유 코드\",\"구분 코드\",\"패스 ID\","
                    + "\"확인자 ID\",\"기록 ID\"");
            List<AccessLogEntry> logged = kit.log.all();
            assertThat(lines[1]).isEqualTo("\"2026-03-02 09:30:00\",\"김민수\",\"GATE-1\",\"입장\",\"허용\",\"\","
                    + "\"QR 스캔\",\"\",\"아니오\",\"w-kim\",\"IN\",\"ACCEPTED\",\"\",\"SCAN\",\"" + kim.id()
                    + "\",\"u-admin\",\"" + logged.get(0).id() + "\"");
            assertThat(lines[2]).startsWith("\"2026-03-02 11:00:00\",\"김민수\",\"GATE-2\",\"퇴장\",")
                    .contains(",\"OUT\",").endsWith("\"" + logged.get(1).id() + "\"");
            assertThat(lines[3]).isEmpty();
        }

        @Test
        void namesThatLookLikeFormulas_areInert_andQuotesAndCommasAreEscaped() {
            kit.user("w-evil", "=HYPERLINK(\"http://evil.example\",\"click\")", "생산", SITE);
            kit.user("w-plus", "+SUM(1,2)", "생산", SITE);
            kit.user("w-minus", "-1+2", "생산", SITE);
            kit.user("w-at", "@cmd", "생산", SITE);
            kit.user("w-tab", "\t=1", "생산", SITE);
            kit.user("w-semicolon", "김위생;=1+1", "생산", SITE);
            for (String worker : List.of("w-evil", "w-plus", "w-minus", "w-at", "w-tab", "w-semicolon")) {
                kit.clock.advance(Duration.ofMinutes(1));
                kit.scan(kit.passes.forWorker(worker).site(SITE).issuedAt(NOW).issue().token(), Direction.IN, "GATE-1");
            }

            String csv = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv"))).bodyText();

            assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"GATE-1\"")
                    .contains(",\"'+SUM(1,2)\",\"GATE-1\"")
                    .contains(",\"'-1+2\",\"GATE-1\"")
                    .contains(",\"'@cmd\",\"GATE-1\"")
                    .contains(",\"'\t'=1\",\"GATE-1\"")
                    .contains(",\"김위생;'=1+1\",\"GATE-1\"");
            for (String line : csv.split("\r\n")) {
                for (String cell : line.split("[,;]")) {
                    assertThat(cell.replace("\"", "")).as(line).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("@").doesNotStartWith("-");
                }
            }
        }

        @Test
        void saysInKoreanWhatAManualEntryAndACorrectionWere() {
            kit.log.append(new AccessLogEntry("fix-1", SITE, "fix-out.x", NOW, LocalDate.of(2026, 3, 2),
                    Optional.of("w-kim"), Optional.of("김민수"), "GATE-1", Direction.OUT, GateResult.ACCEPTED,
                    Optional.empty(), Optional.of("p-1"), "u-gate", false, NOW, false,
                    com.gmpgate.domain.gate.EntryKind.CORRECTION, Optional.of("퇴장 스캔 누락")));

            String csv = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv"))).bodyText();

            assertThat(csv.split("\r\n")[1]).isEqualTo("\"2026-03-02 09:30:00\",\"김민수\",\"GATE-1\",\"퇴장\","
                    + "\"허용\",\"\",\"정정\",\"퇴장 스캔 누락\",\"아니오\",\"w-kim\",\"OUT\",\"ACCEPTED\",\"\","
                    + "\"CORRECTION\",\"p-1\",\"u-gate\",\"fix-1\"");
        }

        @Test
        void filtersAsTheListDoes_andNamesTheGateInTheFile() {
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");
            kit.scan(kit.pass("w-lee").token(), Direction.IN, "GATE-2");

            ApiResponse response = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv")
                    .query("date", "2026-03-02").query("gateId", "GATE-2")));

            assertThat(response.headers()).containsEntry("Content-Disposition",
                    "attachment; filename=\"access-log-2026-03-02-GATE-2.csv\"");
            assertThat(response.bodyText().split("\r\n")).hasSize(2);
            assertThat(response.bodyText()).contains("w-lee").doesNotContain("w-kim");
        }

        @Test
        void aWholeDay_isReadPageByPage_andAnOversizedOneIsRefusedRatherThanCut() {
            IssuedPass kim = kit.pass("w-kim");
            for (int i = 0; i < 250; i++) {
                kit.scan(kim.token(), Direction.OUT, "GATE-1");
            }
            assertThat(kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv"))).bodyText().split("\r\n"))
                    .hasSize(251);

            for (int i = 250; i <= AccessLogQueries.MAX_EXPORT_ROWS; i++) {
                kit.log.append(new AccessLogEntry("bulk-" + i, SITE, "bulk-" + i, NOW, LocalDate.of(2026, 3, 2),
                        Optional.empty(), Optional.empty(), "GATE-1", Direction.IN, GateResult.REJECTED,
                        Optional.of(GateRejection.MALFORMED), Optional.empty(), "u-admin",
                        false, NOW));
            }
            ApiResponse tooLarge = kit.send(asAdmin(RestEvent.get("/v1/access-log/entries.csv")));

            assertThat(tooLarge.statusCode()).isEqualTo(422);
            assertThat(json(tooLarge).at("/error/code").asText()).isEqualTo("EXPORT_TOO_LARGE");
        }
    }

    @Nested
    class Presence {

        @Test
        void listsWhoIsInside_sinceWhen_throughWhichGate_withNames() {
            IssuedPass kim = kit.pass("w-kim");
            IssuedPass lee = kit.pass("w-lee");
            kit.scan(kim.token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(10));
            kit.scan(lee.token(), Direction.IN, "GATE-2");
            kit.clock.advance(Duration.ofMinutes(10));
            kit.scan(lee.token(), Direction.OUT, "GATE-2");
            kit.scan(kim.token(), Direction.IN, "GATE-3"); // refused: already inside

            ApiResponse response = kit.send(asAdmin(RestEvent.get("/v1/access-log/presence")));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode inside = json(response).get("inside");
            assertThat(inside).hasSize(1);
            assertThat(inside.get(0).get("workerId").asText()).isEqualTo("w-kim");
            assertThat(inside.get(0).get("displayName").asText()).isEqualTo("김민수");
            assertThat(inside.get(0).get("department").asText()).isEqualTo("생산1팀");
            assertThat(inside.get(0).get("since").asText()).isEqualTo(NOW.toString());
            assertThat(inside.get(0).get("gateId").asText()).isEqualTo("GATE-1");
            assertThat(inside.get(0).get("passId").asText()).isEqualTo(kim.id());
            assertThat(inside.get(0).has("conditions")).as("a pass without conditions").isFalse();
        }

        @Test
        void namesTheConditionsEachWorkerCameInUnder_inTheirOwnPassesRulePacksWords() {
            RulePack us = RulePacks.shipped().get("us-fda-food-code");
            RulePack kr = RulePacks.shipped().defaultPack();
            kit.scan(kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(3600))
                    .conditions(us, "GLOVES_OVER_COVERED_WOUND").issue().token(), Direction.IN, "GATE-1");
            kit.clock.advance(Duration.ofMinutes(1));
            kit.scan(kit.passes.forWorker("w-lee").site(SITE).issuedAt(NOW.minusSeconds(3600))
                    .conditions(kr, "GLOVES_OVER_COVERED_WOUND").issue().token(), Direction.IN, "GATE-1");

            JsonNode inside = json(kit.send(asAdmin(RestEvent.get("/v1/access-log/presence")))).get("inside");

            assertThat(inside.get(0).get("workerId").asText()).isEqualTo("w-kim");
            assertThat(inside.get(0).at("/conditions/0/code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
            assertThat(inside.get(0).at("/conditions/0/message/en").asText())
                    .isEqualTo(us.conditions().get("GLOVES_OVER_COVERED_WOUND").message().en());
            assertThat(inside.get(1).at("/conditions/0/message/en").asText())
                    .isEqualTo(kr.conditions().get("GLOVES_OVER_COVERED_WOUND").message().en());
        }

        @Test
        void showsOnlyTheAdminsSite_andOnlyToAdmins() {
            kit.scan(kit.pass("w-kim").token(), Direction.IN, "GATE-1");

            assertThat(json(kit.send(asAdminOf(RestEvent.get("/v1/access-log/presence"), "other-site"))).get("inside"))
                    .isEmpty();
            assertThat(kit.send(RestEvent.get("/v1/access-log/presence").caller("w-kim", Role.WORKER.name(), SITE))
                    .statusCode()).isEqualTo(403);
        }
    }
}
