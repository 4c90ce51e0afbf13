package com.gmpgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.auth.api.AuthApiHandler;
import com.gmpgate.auth.application.AdminActor;
import com.gmpgate.auth.application.NewUser;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.port.PageRequest;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gmp-admin against dynalite with the tables of template.yaml, and the first login through AuthFunction's own
 * handler built the way Lambda builds it.
 */
@LocalAwsTest
class GmpAdminIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");
    static final String CURSOR_SECRET = "integration-tests-cursor-secret-0123456789";

    @TempDir
    Path dataDir;
    String endpoint;
    String usersTable;
    DynamoDbUserStore users;
    AuthApiHandler auth;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void wire(LocalAwsResources aws) {
        endpoint = aws.endpoints().dynamoDb().toString();
        usersTable = aws.tableName("UsersTable");
        users = new DynamoDbUserStore(aws.dynamoDb(), usersTable, CursorCodec.ofSecret(CURSOR_SECRET));
        Map<String, String> env = aws.endpoints().dynamoDbEnvironment();
        env.put(AuthEnvironment.USERS_TABLE, usersTable);
        env.put(AuthEnvironment.SESSIONS_TABLE, aws.tableName("SessionsTable"));
        env.put(AuthEnvironment.AUDIT_TABLE, aws.tableName("AuditTable"));
        env.put(AuthEnvironment.PASSES_TABLE, aws.tableName("PassesTable"));
        env.put(AuthEnvironment.CURSOR_SECRET, CURSOR_SECRET);
        env.put(AuthEnvironment.DATA_DIR, dataDir.toString());
        auth = new AuthApiHandler(Env.of(env));
    }

    Run gmpAdmin(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--users-table", usersTable, "--endpoint-url", endpoint, "--region", "us-east-1"));
        return gmpAdminAsTyped(all);
    }

    static Run gmpAdminAsTyped(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GmpAdmin(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run createSite(String site, String login) {
        return gmpAdmin("create-site", "--site", site, "--name", "이천 공장 " + site, "--admin-login", login,
                "--admin-name", "김품질", "--admin-department", "품질보증팀");
    }

    static String oneTimePassword(Run run) {
        Matcher matcher = ONE_TIME.matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return matcher.group(1);
    }

    ApiResponse login(String loginId, String password) throws IOException {
        return auth.dispatcher().handle(RestEvent.post("/v1/auth/login")
                .json(JSON.writeValueAsString(Map.of("loginId", loginId, "password", password)))
                .header("x-api-key", "local-dev-key").bytes(), new FakeLambdaContext());
    }

    @Test
    void createSite_makesTheFirstAdmin_whoLogsInWithTheOneTimePasswordPrintedOnce() throws IOException {
        String site = "plant-" + suffix;
        String login = "qa." + suffix;

        Run run = createSite(site, login);

        assertThat(run.exit()).as(run.err()).isEqualTo(GmpAdmin.OK);
        String password = oneTimePassword(run);
        assertThat(run.out().split(Pattern.quote(password), -1)).as("printed exactly once").hasSize(2);
        assertThat(run.err()).doesNotContain(password);
        User admin = users.findByLoginId(login).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.siteId()).isEqualTo(site);
        assertThat(admin.displayName()).isEqualTo("김품질");
        assertThat(admin.department()).isEqualTo("품질보증팀");
        assertThat(admin.status()).isEqualTo(UserStatus.ACTIVE);
        // auth-service's own hasher and settings: what a login verifies
        assertThat(admin.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(password);
        assertThat(new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, new SecureRandom())
                .verify(password, admin.passwordHash())).isTrue();

        ApiResponse session = login(login, password);
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        JsonNode user = JSON.readTree(session.body()).get("user");
        assertThat(user.get("role").asText()).isEqualTo("ADMIN");
        assertThat(user.get("siteId").asText()).isEqualTo(site);
        assertThat(login(login, password + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void createSite_refusesAnExistingLoginId_ofAnySite_andLeavesNoSiteBehind() {
        String taken = "taken." + suffix;
        User existing = seedUser(taken, "elsewhere-" + suffix, Role.WORKER);
        String site = "new-" + suffix;

        Run run = createSite(site, taken.toUpperCase());

        assertThat(run.exit()).isEqualTo(GmpAdmin.REFUSED);
        assertThat(run.err()).contains("login id already exists").contains("nothing was changed")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("One-time password");
        assertThat(users.findByLoginId(taken).orElseThrow()).isEqualTo(existing);
        assertThat(gmpAdmin("list-sites").out()).doesNotContain(site);
        assertThat(createSite(site, "fresh." + suffix).exit()).as("the site id is still free").isEqualTo(GmpAdmin.OK);
    }

    @Test
    void createSite_refusesAnExistingSite_andCreatesNoSecondAdmin() {
        String site = "twice-" + suffix;
        assertThat(createSite(site, "first." + suffix).exit()).isEqualTo(GmpAdmin.OK);

        Run again = createSite(site, "second." + suffix);

        assertThat(again.exit()).isEqualTo(GmpAdmin.REFUSED);
        assertThat(again.err()).contains("site already exists: " + site);
        assertThat(users.findByLoginId("second." + suffix)).isEmpty();
        assertThat(users.listBySite(site, new PageRequest(Optional.empty(), 50)).items()).hasSize(1);
    }

    @Test
    void concurrentCreates_ofOneSite_makeExactlyOneAdmin() throws InterruptedException {
        String site = "race-" + suffix;

        List<Run> runs = Race.run(6, i -> () -> createSite(site, "racer" + i + "." + suffix));

        assertThat(runs).extracting(Run::exit).containsOnly(GmpAdmin.OK, GmpAdmin.REFUSED)
                .filteredOn(exit -> exit == GmpAdmin.OK).hasSize(1);
        assertThat(users.listBySite(site, new PageRequest(Optional.empty(), 50)).items()).hasSize(1);
    }

    @Test
    void concurrentCreates_withOneLoginId_leaveOneSite_andNoOrphanSiteRecords() throws InterruptedException {
        String login = "same." + suffix;

        List<Run> runs = Race.run(6, i -> () -> createSite("multi" + i + "-" + suffix, login));

        assertThat(runs).extracting(Run::exit).filteredOn(exit -> exit == GmpAdmin.OK).hasSize(1);
        assertThat(runs).extracting(Run::exit).containsOnly(GmpAdmin.OK, GmpAdmin.REFUSED);
        String list = gmpAdmin("list-sites").out();
        long listed = list.lines().filter(line -> line.startsWith("multi")).count();
        assertThat(listed).as(list).isEqualTo(1);
        String winner = users.findByLoginId(login).orElseThrow().siteId();
        assertThat(list).contains(winner);
    }

    @Test
    void listSites_showsEachSiteWithItsAdminsAndWorkers_andSitesThatHaveUsersOnly() {
        String site = "listed-" + suffix;
        createSite(site, "lead." + suffix);
        seedUser("w1." + suffix, site, Role.WORKER);
        seedUser("w2." + suffix, site, Role.WORKER);
        seedUser("legacy." + suffix, "legacy-" + suffix, Role.ADMIN);

        Run run = gmpAdmin("list-sites");

        assertThat(run.exit()).isEqualTo(GmpAdmin.OK);
        String line = run.out().lines().filter(l -> l.startsWith(site + " ")).findFirst().orElseThrow();
        assertThat(line.split("\\s+")).containsSubsequence(site, "1", "2").contains("이천");
        assertThat(run.out().lines().filter(l -> l.startsWith("legacy-" + suffix)).findFirst().orElseThrow())
                .contains("(no site record: users only)");
    }

    @Test
    void resetPassword_givesANewOneTimePassword_andTheOldOneStopsWorking() throws IOException {
        String login = "reset." + suffix;
        String first = oneTimePassword(createSite("reset-" + suffix, login));

        Run reset = gmpAdmin("reset-password", "--login", login);

        assertThat(reset.exit()).as(reset.err()).isEqualTo(GmpAdmin.OK);
        String second = reset.out().replaceAll("(?s).*: (\\S+)\\R.*", "$1");
        assertThat(second).isNotEqualTo(first).hasSize(14);
        assertThat(login(login, first).statusCode()).isEqualTo(401);
        assertThat(login(login, second).statusCode()).isEqualTo(200);
        assertThat(gmpAdmin("reset-password", "--login", "nobody." + suffix).exit()).isEqualTo(GmpAdmin.REFUSED);
    }

    @Test
    void aTableThatDoesNotExist_isAnAwsProblem_namedPlainly() {
        Run run = gmpAdminAsTyped(List.of("list-sites", "--users-table", "no-such-table-" + suffix,
                "--endpoint-url", endpoint, "--region", "us-east-1"));

        assertThat(run.exit()).isEqualTo(GmpAdmin.AWS);
        assertThat(run.err()).contains("table not found").doesNotContain("\tat ");
    }

    @Test
    void anEndpointNobodyListensOn_isAnAwsProblem() {
        Run run = gmpAdminAsTyped(List.of("list-sites", "--users-table", "t", "--endpoint-url",
                "http://127.0.0.1:9", "--region", "us-east-1"));

        assertThat(run.exit()).isEqualTo(GmpAdmin.AWS);
        assertThat(run.err()).contains("cannot be reached").doesNotContain("\tat ");
    }

    /** Through auth-service's user administration, as an admin of that site would. */
    User seedUser(String loginId, String siteId, Role role) {
        SecureRandom random = new SecureRandom();
        return UserAdminService.forOperator(users, new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, random),
                new PasswordPolicy(), random, Clock.systemUTC())
                .create(new AdminActor("test-admin", siteId), new NewUser(loginId, "사용자", "Blue-gloves-77", role, ""));
    }
}
