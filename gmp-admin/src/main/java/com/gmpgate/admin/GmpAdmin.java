package com.gmpgate.admin;

import com.gmpgate.admin.application.SiteSetup;
import com.gmpgate.admin.application.SiteSetup.CreatedSite;
import com.gmpgate.admin.application.SiteSetup.NewSite;
import com.gmpgate.admin.application.SiteSetup.ResetUser;
import com.gmpgate.admin.application.SiteSetup.UnknownLoginIdException;
import com.gmpgate.admin.aws.AwsConnection;
import com.gmpgate.admin.aws.AwsConnection.MissingRegionException;
import com.gmpgate.admin.aws.StackTables;
import com.gmpgate.admin.aws.StackTables.StackLookupException;
import com.gmpgate.admin.cli.Arguments;
import com.gmpgate.admin.cli.Arguments.UsageException;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.domain.site.Site;
import com.gmpgate.domain.site.SiteOverview;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbSiteStore;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.SiteExistsException;
import com.gmpgate.port.StoreException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * {@code gmp-admin}: what an operator runs, with their own AWS credentials, against a deployed stack.
 *
 * <pre>
 *   java -jar gmp-admin/target/gmp-admin.jar create-site --stage prod --site plant-1 --name "..." \
 *       --admin-login qa.kim --admin-name 김품질 [--admin-department 품질보증팀]
 *   java -jar gmp-admin/target/gmp-admin.jar list-sites --stage prod
 *   java -jar gmp-admin/target/gmp-admin.jar reset-password --stage prod --login qa.kim
 * </pre>
 *
 * Exit codes: {@value #OK} done; {@value #USAGE} the command line is wrong; {@value #REFUSED} refused, nothing
 * changed (the site or login id exists, no such login id); {@value #AWS} AWS could not be used (no region or
 * credentials, no such stack or table, access denied, unreachable); {@value #FAILED} anything else.
 */
public final class GmpAdmin {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;
    public static final int AWS = 4;

    /** The stack `sam deploy --config-env <stage>` creates (samconfig.toml's stack_name). */
    static final String STACK_PREFIX = "gmp-hygiene-gate-";
    static final String USERS_TABLE_LOGICAL_ID = "UsersTable";

    // the API's own rules for these fields (docs/openapi.yaml CreateUserRequest)
    private static final Pattern LOGIN_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{2,63}");
    private static final int MAX_DISPLAY_NAME = 50;
    private static final int MAX_DEPARTMENT = 50;

    private static final Set<String> TARGET_FLAGS = Set.of("stage", "stack", "users-table", "region", "profile",
            "endpoint-url");
    private static final Set<String> FLAGS = union(TARGET_FLAGS, Set.of("site", "name", "admin-login",
            "admin-name", "admin-department", "login"));

    static final String USAGE_TEXT = """
            gmp-admin — first start of a GMP Hygiene Gate site, with your own AWS credentials

            Commands:
              create-site     --site ID --name NAME --admin-login LOGIN --admin-name NAME [--admin-department DEPT]
                              creates the site and its first ADMIN; prints a one-time password, once, that must be
                              changed at the first login. Refused if the site id or the login id exists.
              list-sites      every site with its record and its number of admins and workers
              reset-password  --login LOGIN
                              a new one-time password for a user of any site (e.g. a locked-out only admin)
              help            this text

            Which stack (one of):
              --stage dev|staging|prod   the stack gmp-hygiene-gate-<stage> (as samconfig.toml deploys it)
              --stack NAME               another stack name
              --users-table NAME         the users table itself (no CloudFormation lookup)

            AWS: --region REGION (else AWS_REGION or the profile's), --profile NAME (else AWS_PROFILE);
                 --endpoint-url URL only for local engines (dynalite, moto_server).

            Site ids: 3-40 lower-case letters, digits and inner hyphens (e.g. plant-1).
            Exit codes: 0 done, 2 wrong command line, 3 refused (nothing changed), 4 AWS unusable, 1 other failure.
            """;

    private final PrintStream out;
    private final PrintStream err;

    GmpAdmin(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new GmpAdmin(out, err).run(Arrays.asList(args)));
    }

    /** Runs one command; never throws, never prints a stack trace. */
    public int run(List<String> args) {
        try {
            if (args.isEmpty() || Set.of("help", "--help", "-h").contains(args.get(0))) {
                out.print(USAGE_TEXT);
                return args.isEmpty() ? USAGE : OK;
            }
            Arguments arguments = Arguments.parse(args, FLAGS);
            return switch (arguments.command()) {
                case "create-site" -> createSite(arguments);
                case "list-sites" -> listSites(arguments);
                case "reset-password" -> resetPassword(arguments);
                default -> throw new UsageException("unknown command '" + arguments.command() + "'");
            };
        } catch (UsageException | InvalidInputException e) {
            err.println("gmp-admin: " + e.getMessage());
            err.println("gmp-admin: see `gmp-admin help`");
            return USAGE;
        } catch (SiteExistsException e) {
            err.println("gmp-admin: refused: " + e.getMessage() + "; nothing was changed.");
            return REFUSED;
        } catch (LoginIdTakenException e) {
            err.println("gmp-admin: refused: " + e.getMessage()
                    + " (login ids are unique across all sites); nothing was changed — choose another --admin-login.");
            return REFUSED;
        } catch (UnknownLoginIdException e) {
            err.println("gmp-admin: refused: " + e.getMessage() + "; nothing was changed.");
            return REFUSED;
        } catch (MissingRegionException | StackLookupException e) {
            err.println("gmp-admin: " + e.getMessage());
            return AWS;
        } catch (StoreException | SdkClientException | AwsServiceException e) {
            err.println("gmp-admin: " + describeAwsFailure(e));
            return AWS;
        } catch (RuntimeException e) {
            err.println("gmp-admin: failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    private int createSite(Arguments args) {
        NewSite request = new NewSite(
                siteId(args.required("site")),
                text(args.required("name"), "--name", Site.MAX_NAME_LENGTH),
                loginId(args.required("admin-login")),
                text(args.required("admin-name"), "--admin-name", MAX_DISPLAY_NAME),
                args.optional("admin-department").map(d -> text(d, "--admin-department", MAX_DEPARTMENT)).orElse(""));
        try (Session session = Session.open(args)) {
            CreatedSite created = session.setup().create(request);
            out.println("Site " + created.site().id() + " (" + created.site().name() + ") created in "
                    + session.target() + ".");
            out.println("First admin: " + created.admin().loginId() + " (" + created.admin().displayName()
                    + "), role ADMIN, site " + created.site().id() + ".");
            out.println();
            out.println("One-time password: " + created.oneTimePassword());
            out.println();
            out.println("It is shown only this once and is stored only as an Argon2id hash. Hand it to the admin in");
            out.println("person; the admin app asks for a new password at the first login.");
            return OK;
        }
    }

    private int listSites(Arguments args) {
        try (Session session = Session.open(args)) {
            List<SiteOverview> sites = session.setup().list();
            if (sites.isEmpty()) {
                out.println("No sites in " + session.target() + " yet: gmp-admin create-site makes the first.");
                return OK;
            }
            out.printf("%-40s  %6s  %7s  %-20s  %s%n", "SITE", "ADMINS", "WORKERS", "CREATED", "NAME");
            for (SiteOverview site : sites) {
                out.printf("%-40s  %6d  %7d  %-20s  %s%n", site.siteId(), site.admins(), site.workers(),
                        site.site().map(s -> s.createdAt().truncatedTo(ChronoUnit.SECONDS).toString()).orElse("-"),
                        site.site().map(Site::name).orElse("(no site record: users only)"));
            }
            return OK;
        }
    }

    private int resetPassword(Arguments args) {
        String login = loginId(args.required("login"));
        try (Session session = Session.open(args)) {
            ResetUser reset = session.setup().resetPassword(login);
            out.println("New one-time password of " + reset.user().loginId() + " (" + reset.user().role() + ", site "
                    + reset.user().siteId() + "): " + reset.oneTimePassword());
            out.println("It is shown only this once; the lockout is lifted and the user's sessions end.");
            return OK;
        }
    }

    /** The stores of one stack, built from the target flags. */
    private record Session(AwsConnection aws, SiteSetup setup, String target) implements AutoCloseable {

        static Session open(Arguments args) {
            Optional<URI> endpoint = args.optional("endpoint-url").map(GmpAdmin::uri);
            Optional<String> stage = args.optional("stage");
            stage.filter(s -> !Set.of("dev", "staging", "prod").contains(s)).ifPresent(s -> {
                throw new InvalidInputException("--stage must be dev, staging or prod, not '" + s + "'");
            });
            Optional<String> stack = args.optional("stack").or(() -> stage.map(s -> STACK_PREFIX + s));
            Optional<String> usersTable = args.optional("users-table");
            if (usersTable.isEmpty() && stack.isEmpty()) {
                throw new UsageException("name the stack: --stage dev|staging|prod, --stack NAME or --users-table NAME");
            }
            AwsConnection aws = AwsConnection.open(args.optional("region"), args.optional("profile"), endpoint);
            try {
                String table = usersTable.orElseGet(() -> new StackTables(aws.cloudFormation())
                        .physicalName(stack.orElseThrow(), USERS_TABLE_LOGICAL_ID));
                SecureRandom random = new SecureRandom();
                Clock clock = Clock.systemUTC();
                // the cursor codec signs paging cursors of user lists; none leaves this process
                byte[] cursorKey = new byte[32];
                random.nextBytes(cursorKey);
                DynamoDbUserStore users = new DynamoDbUserStore(aws.dynamoDb(), table, new CursorCodec(cursorKey));
                UserAdminService admin = UserAdminService.forOperator(users,
                        new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, random),
                        new PasswordPolicy(), random, clock);
                SiteSetup setup = new SiteSetup(new DynamoDbSiteStore(aws.dynamoDb(), table), users, admin, random,
                        clock, "gmp-admin:" + System.getProperty("user.name", "unknown"));
                String target = stack.map(s -> "stack " + s + " (" + aws.region().id() + ", table " + table + ")")
                        .orElse("table " + table + " (" + aws.region().id() + ")");
                return new Session(aws, setup, target);
            } catch (RuntimeException e) {
                aws.close();
                throw e;
            }
        }

        @Override
        public void close() {
            aws.close();
        }
    }

    private static String siteId(String value) {
        if (!Site.ID.matcher(value).matches()) {
            throw new InvalidInputException("--site must be 3-40 lower-case letters, digits or inner hyphens"
                    + " (e.g. plant-1), not '" + value + "'");
        }
        return value;
    }

    private static String loginId(String value) {
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (!LOGIN_ID.matcher(normalized).matches()) {
            throw new InvalidInputException("login ids are 3-64 letters or digits, with . _ @ - inside (e.g."
                    + " qa.kim), not '" + value + "'");
        }
        return normalized;
    }

    private static String text(String value, String flag, int max) {
        String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length == 0 || length > max || normalized.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(flag + " must be 1-" + max + " characters without control characters");
        }
        return normalized;
    }

    private static URI uri(String value) {
        try {
            URI uri = new URI(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new InvalidInputException("--endpoint-url must be an http(s) URL, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("--endpoint-url is not a URL: '" + value + "'");
        }
    }

    /** One sentence on an AWS failure and what to do about it, from the first AWS exception in the chain. */
    static String describeAwsFailure(RuntimeException failure) {
        String what = failure instanceof StoreException ? failure.getMessage() : "the AWS call failed";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service && service.awsErrorDetails() != null) {
                String code = service.awsErrorDetails().errorCode();
                return what + switch (code) {
                    case "AccessDeniedException", "AccessDenied" ->
                            " — AWS denied it (" + code + "): the credentials in use need DynamoDB read/write on the"
                                    + " users table and cloudformation:DescribeStackResource on the stack.";
                    case "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredTokenException",
                         "ExpiredToken", "InvalidSignatureException" ->
                            " — AWS does not accept these credentials (" + code + "): sign in again (aws sso login,"
                                    + " aws configure) or pass --profile.";
                    case "ResourceNotFoundException" -> " — no such table in this account and region: check --region"
                            + " and the stack.";
                    default -> " (" + code + ").";
                };
            }
            if (t instanceof SdkClientException client && client.getMessage() != null
                    && client.getMessage().startsWith("Unable to load credentials")) {
                return "no AWS credentials found: run `aws configure` or `aws sso login`, pass --profile, or export"
                        + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";
            }
        }
        return what + " — AWS could not be reached: check the network, --region and --endpoint-url.";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** A flag's value is not acceptable: the message says what is. */
    static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message);
        }
    }
}
