package com.gmpgate.admin.application;

import com.gmpgate.auth.application.AdminActor;
import com.gmpgate.auth.application.NewUser;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.auth.application.UserAdminService.PasswordReset;
import com.gmpgate.domain.site.Site;
import com.gmpgate.domain.site.SiteOverview;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.SiteStore;
import com.gmpgate.port.UserStore;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * The first start of a site: its record, then its first admin with a one-time password. Users are made by
 * auth-service's own {@link UserAdminService}, so the login id, names, Argon2id hash and password rules are
 * exactly those of {@code POST /v1/auth/users}, and the one-time password is that of an admin's password reset
 * (generated, shown once, to be changed at first login).
 *
 * <p>No transactions (DESIGN.md §5): the site record is put first, conditionally; the admin's login id is then
 * reserved by the user store, conditionally; if that fails, the site record is removed again, so a refused run
 * leaves nothing behind and can simply be repeated with another login id.
 */
public final class SiteSetup {

    /** The operator's request. Formats are checked by the command line; the stores check uniqueness. */
    public record NewSite(String siteId, String name, String adminLoginId, String adminDisplayName,
                          String adminDepartment) {
    }

    /** What the operator is shown once: the one-time password is nowhere else. */
    public record CreatedSite(Site site, User admin, String oneTimePassword) {
        @Override
        public String toString() {
            return "CreatedSite[site=" + site.id() + ", admin=" + admin.loginId() + "]"; // never the password
        }
    }

    /** What a password reset of an existing user hands the operator. */
    public record ResetUser(User user, String oneTimePassword) {
        @Override
        public String toString() {
            return "ResetUser[user=" + user.loginId() + "]";
        }
    }

    /** The acting "admin" for UserAdminService when the operator sets a site up: no user of any site. */
    static final String OPERATOR = "gmp-admin";

    private final SiteStore sites;
    private final UserStore users;
    private final UserAdminService admin;
    private final SecureRandom random;
    private final Clock clock;
    private final String operator;

    public SiteSetup(SiteStore sites, UserStore users, UserAdminService admin, SecureRandom random, Clock clock,
                     String operator) {
        this.sites = sites;
        this.users = users;
        this.admin = admin;
        this.random = random;
        this.clock = clock;
        this.operator = operator;
    }

    /**
     * @throws com.gmpgate.port.SiteExistsException   the site id exists; nothing was written
     * @throws com.gmpgate.port.LoginIdTakenException the login id exists on any site; nothing was left behind
     */
    public CreatedSite create(NewSite request) {
        Site site = new Site(request.siteId(), Normalizer.normalize(request.name().strip(), Normalizer.Form.NFC),
                clock.instant(), operator);
        sites.create(site);
        AdminActor actor = new AdminActor(OPERATOR, site.id());
        User created;
        try {
            // a random password nobody ever sees, replaced at once by the reset below: the reset is what makes
            // the one-time password (and marks it as one to change), exactly as for an admin's reset
            created = admin.create(actor, new NewUser(request.adminLoginId(), request.adminDisplayName(),
                    unusablePassword(), Role.ADMIN, request.adminDepartment()));
        } catch (RuntimeException e) {
            sites.remove(site);
            throw e;
        }
        PasswordReset reset = admin.resetPassword(actor, created.id());
        return new CreatedSite(site, reset.user(), reset.temporaryPassword());
    }

    /**
     * A new one-time password for a user of any site (an admin who lost theirs, the only admin locked out).
     *
     * @throws UnknownLoginIdException no such login id
     */
    public ResetUser resetPassword(String loginId) {
        User user = users.findByLoginId(loginId).orElseThrow(() -> new UnknownLoginIdException(loginId));
        PasswordReset reset = admin.resetPassword(new AdminActor(OPERATOR, user.siteId()), user.id());
        return new ResetUser(reset.user(), reset.temporaryPassword());
    }

    public List<SiteOverview> list() {
        return sites.overview();
    }

    private String unusablePassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The login id the operator named does not exist. */
    public static final class UnknownLoginIdException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownLoginIdException(String loginId) {
            super("no user has the login id " + loginId);
        }
    }
}
