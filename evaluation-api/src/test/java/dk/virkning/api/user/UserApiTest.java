package dk.virkning.api.user;

import static dk.virkning.api.user.ApiClient.ADMIN_TOKEN;
import static dk.virkning.api.user.ApiClient.rowCounts;
import static dk.virkning.api.user.ApiClient.unique;
import static dk.virkning.api.user.ApiClient.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class UserApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    ApiClient api;
    long orgA;
    /** orgA's first ORG_ADMIN, who creates its other users. */
    String adminA;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        orgA = api.createOrganisation(unique("Ældre Sagen Aarhus"), "NGO");
        adminA = api.orgAdminToken(orgA);
    }

    @Test
    void createsAUserIssuesATokenThatWorksAndStopsWorkingWhenRevoked() {
        String email = uniqueEmail();
        ApiClient.Response created = api.post(adminA, "/api/v1/users", Map.of("email", email, "name", "Mette Holm",
                "memberships", List.of(Map.of("organisationId", orgA, "role", "STAFF"))));
        assertThat(created.status()).isEqualTo(201);
        long userId = created.id();
        assertThat(created.text("email")).isEqualTo(email);
        assertThat(created.json().get("platformAdmin").asBoolean()).isFalse();
        assertThat(created.json().get("memberships").get(0).get("organisationId").asLong()).isEqualTo(orgA);
        assertThat(created.json().get("memberships").get(0).get("role").asString()).isEqualTo("STAFF");

        ApiClient.Response issued = api.post(adminA, "/api/v1/users/" + userId + "/tokens", Map.of("label", "laptop"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.text("token");
        assertThat(token).startsWith("vk_");
        assertThat(issued.text("label")).isEqualTo("laptop");
        assertThat(issued.json().get("createdAt").isNull()).isFalse();
        byte[] stored = jdbi.withHandle(h -> h.createQuery("select token_sha256 from access_token where id = :id")
                .bind("id", issued.id()).mapTo(byte[].class).one());
        assertThat(stored).hasSize(32).isNotEqualTo(token.getBytes());

        ApiClient.Response me = api.get(token, "/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.id()).isEqualTo(userId);
        assertThat(me.text("name")).isEqualTo("Mette Holm");
        assertThat(me.json().get("memberships").get(0).get("organisationName").asString()).startsWith("Ældre Sagen");

        ApiClient.Response listed = api.get(token, "/api/v1/users/" + userId + "/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("label").asString()).isEqualTo("laptop");
        assertThat(listed.body()).doesNotContain(token).doesNotContain("\"token\"");

        assertThat(api.delete(token, "/api/v1/users/" + userId + "/tokens/" + issued.id()).status()).isEqualTo(204);
        assertThat(api.get(token, "/api/v1/users/me").status()).isEqualTo(401);
        ApiClient.Response afterRevoke = api.get(ADMIN_TOKEN, "/api/v1/users/" + userId + "/tokens");
        assertThat(afterRevoke.json().get(0).get("revokedAt").isNull()).isFalse();
    }

    @Test
    void refusesADuplicateEmailIgnoringCaseWithConflictAndWritesNothing() {
        String email = uniqueEmail();
        api.post(adminA, "/api/v1/users", Map.of("email", email, "name", "First",
                "memberships", List.of(Map.of("organisationId", orgA, "role", "STAFF"))));
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response duplicate = api.post(adminA, "/api/v1/users", Map.of("email", email.toUpperCase(),
                "name", "Second", "memberships", List.of(Map.of("organisationId", orgA, "role", "ORG_ADMIN"))));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("detail")).contains("already exists");
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void rejectsEveryInvalidFieldOfANewUserAtOnceAndWritesNothing() {
        Map<String, Long> before = rowCounts(jdbi);

        // As the platform administrator, whose bootstrapping may name an organisation that does not exist.
        ApiClient.Response rejected = api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email", "not-an-email",
                "name", "x".repeat(301), "memberships", List.of(
                        Map.of("organisationId", 987_654_321L, "role", "ORG_ADMIN"))));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.errorFields()).containsExactly("email", "name", "memberships.0.organisationId");

        rejected = api.post(adminA, "/api/v1/users", Map.of("email", "not-an-email",
                "name", "x".repeat(301), "memberships", List.of(
                        Map.of("organisationId", orgA, "role", "FUNDER"),
                        Map.of("organisationId", orgA, "role", "RESEARCHER"),
                        Map.of("role", "STAFF"),
                        Map.of("organisationId", orgA, "role", "STAFF"))));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.errorFields()).containsExactly("email", "name", "memberships.0.role",
                "memberships.1.role", "memberships.2.organisationId");
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void rejectsBlankNamesMissingMembershipsAndUnknownRoles() {
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response blank = api.post(ADMIN_TOKEN, "/api/v1/users",
                Map.of("email", uniqueEmail(), "name", "   ", "memberships", List.of()));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorFields()).containsExactly("name", "memberships");

        ApiClient.Response unknownRole = api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email", uniqueEmail(),
                "name", "Jens", "memberships", List.of(Map.of("organisationId", orgA, "role", "OWNER"))));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFields()).containsExactly("memberships.0.role");

        ApiClient.Response malformed = api.post(ADMIN_TOKEN, "/api/v1/users", "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void letsAnOrgAdminCreateUsersInTheirOwnOrganisationOnly() {
        long orgB = api.createOrganisation(unique("Røde Kors Odense"), "NGO");
        String orgAdmin = api.tokenFor(orgA, "ORG_ADMIN");

        ApiClient.Response own = api.post(orgAdmin, "/api/v1/users", Map.of("email", uniqueEmail(), "name", "Kirsten",
                "memberships", List.of(Map.of("organisationId", orgA, "role", "STAFF"))));
        assertThat(own.status()).isEqualTo(201);

        Map<String, Long> before = rowCounts(jdbi);
        ApiClient.Response outside = api.post(orgAdmin, "/api/v1/users", Map.of("email", uniqueEmail(), "name", "Ole",
                "memberships", List.of(Map.of("organisationId", orgA, "role", "STAFF"),
                        Map.of("organisationId", orgB, "role", "STAFF"))));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.text("detail")).contains("organisation " + orgB);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void showsAUserToThemselvesTheirOrgAdminAndThePlatformAdminOnly() {
        long orgB = api.createOrganisation(unique("Mary Fonden"), "FOUNDATION");
        long staff = api.createUser(orgA, "STAFF");
        String staffToken = api.issueToken(staff);
        String colleague = api.tokenFor(orgA, "STAFF");
        String orgAdminA = api.tokenFor(orgA, "ORG_ADMIN");
        String orgAdminB = api.tokenFor(orgB, "ORG_ADMIN");
        jdbi.useHandle(h -> h.execute("insert into membership (user_id, organisation_id, role) values (?, ?, 'STAFF')",
                staff, orgB));

        assertThat(api.get(staffToken, "/api/v1/users/" + staff).status()).isEqualTo(200);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/users/" + staff).json().get("memberships")).hasSize(2);
        ApiClient.Response seenByAdminA = api.get(orgAdminA, "/api/v1/users/" + staff);
        assertThat(seenByAdminA.status()).isEqualTo(200);
        assertThat(seenByAdminA.json().get("memberships")).hasSize(1);
        assertThat(seenByAdminA.json().get("memberships").get(0).get("organisationId").asLong()).isEqualTo(orgA);

        assertThat(api.get(colleague, "/api/v1/users/" + staff).status()).isEqualTo(404);
        assertThat(api.get(orgAdminB, "/api/v1/users/" + api.createUser(orgA, "STAFF")).status()).isEqualTo(404);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/users/987654321").status()).isEqualTo(404);
    }

    @Test
    void letsTheOwnerAndTheirOrgAdminIssueTokensButNotThePlatformAdmin() {
        long staff = api.createUser(orgA, "STAFF");
        String staffToken = api.issueToken(staff);
        String orgAdmin = api.tokenFor(orgA, "ORG_ADMIN");
        long orgB = api.createOrganisation(unique("Anden forening"), "NGO");
        String stranger = api.tokenFor(orgB, "ORG_ADMIN");
        long platformAdmin = api.get(ADMIN_TOKEN, "/api/v1/users/me").id();
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response byPlatformAdmin = api.post(ADMIN_TOKEN, "/api/v1/users/" + staff + "/tokens", Map.of());
        assertThat(byPlatformAdmin.status()).isEqualTo(403);
        assertThat(byPlatformAdmin.text("detail")).contains("themselves, or an ORG_ADMIN");
        assertThat(api.post(stranger, "/api/v1/users/" + staff + "/tokens", Map.of()).status()).isEqualTo(404);
        assertThat(api.delete(stranger, "/api/v1/users/" + staff + "/tokens/1").status()).isEqualTo(404);
        assertThat(api.get(stranger, "/api/v1/users/" + staff + "/tokens").status()).isEqualTo(404);
        assertThat(api.post(orgAdmin, "/api/v1/users/" + platformAdmin + "/tokens", Map.of()).status()).isEqualTo(404);
        ApiClient.Response longLabel = api.post(staffToken, "/api/v1/users/" + staff + "/tokens",
                Map.of("label", "l".repeat(101)));
        assertThat(longLabel.status()).isEqualTo(422);
        assertThat(longLabel.errorFields()).containsExactly("label");
        assertThat(rowCounts(jdbi)).isEqualTo(before);

        ApiClient.Response own = api.post(staffToken, "/api/v1/users/" + staff + "/tokens", null);
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("label").isNull()).isTrue();
        ApiClient.Response byOrgAdmin = api.post(orgAdmin, "/api/v1/users/" + staff + "/tokens", Map.of("label", "x"));
        assertThat(byOrgAdmin.status()).isEqualTo(201);
        assertThat(api.get(byOrgAdmin.text("token"), "/api/v1/users/me").id()).isEqualTo(staff);
        assertThat(api.get(orgAdmin, "/api/v1/users/" + staff + "/tokens").status()).isEqualTo(200);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/users/" + staff + "/tokens").status()).isEqualTo(200);
        long otherUsersToken = jdbi.withHandle(h -> h.createQuery(
                "select min(id) from access_token where user_id <> :user").bind("user", staff).mapTo(Long.class).one());
        assertThat(api.delete(staffToken, "/api/v1/users/" + staff + "/tokens/" + otherUsersToken).status())
                .isEqualTo(404);

        // Once the user also belongs to orgB, orgA's admin would hand out a key to orgB's data too.
        jdbi.useHandle(h -> h.execute("insert into membership (user_id, organisation_id, role) values (?, ?, 'STAFF')",
                staff, orgB));
        assertThat(api.post(orgAdmin, "/api/v1/users/" + staff + "/tokens", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(stranger, "/api/v1/users/" + staff + "/tokens", Map.of()).status()).isEqualTo(403);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void letsThePlatformAdminBootstrapOnlyAnOrganisationsFirstOrgAdminAndHandOverOneShortLivedToken() {
        long fresh = api.createOrganisation(unique("Ny forening"), "NGO");
        Map<String, Long> before = rowCounts(jdbi);
        for (String role : List.of("STAFF", "FUNDER")) {
            ApiClient.Response refused = api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email", uniqueEmail(),
                    "name", "Own " + role, "memberships", List.of(Map.of("organisationId", fresh, "role", role))));
            assertThat(refused.status()).as(role).isEqualTo(403);
        }
        ApiClient.Response intoStaffedOrganisation = api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email",
                uniqueEmail(), "name", "Second admin", "memberships", List.of(Map.of("organisationId", orgA,
                        "role", "ORG_ADMIN"))));
        assertThat(intoStaffedOrganisation.status()).isEqualTo(403);
        assertThat(rowCounts(jdbi)).isEqualTo(before);

        long first = api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email", uniqueEmail(), "name", "First admin",
                "memberships", List.of(Map.of("organisationId", fresh, "role", "ORG_ADMIN")))).id();
        ApiClient.Response handover = api.post(ADMIN_TOKEN, "/api/v1/users/" + first + "/tokens", Map.of());
        assertThat(handover.status()).isEqualTo(201);
        boolean expires = jdbi.withHandle(h -> h.createQuery("""
                select expires_at between now() + interval '6 days' and now() + interval '8 days'
                  from access_token where id = :id""").bind("id", handover.id()).mapTo(Boolean.class).one());
        assertThat(expires).isTrue();
        assertThat(api.post(ADMIN_TOKEN, "/api/v1/users/" + first + "/tokens", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(ADMIN_TOKEN, "/api/v1/users", Map.of("email", uniqueEmail(), "name", "Second",
                "memberships", List.of(Map.of("organisationId", fresh, "role", "ORG_ADMIN")))).status()).isEqualTo(403);

        String adminToken = handover.text("token");
        ApiClient.Response ownToken = api.post(adminToken, "/api/v1/users/" + first + "/tokens", Map.of());
        assertThat(ownToken.status()).isEqualTo(201);
        assertThat(api.get(adminToken, "/api/v1/organisations/" + fresh + "/audit").body())
                .contains("TOKEN_HANDED_OVER");
    }

    @Test
    void rejectsRequestsWithoutAValidToken() {
        assertThat(api.get(null, "/api/v1/users/me").status()).isEqualTo(401);
        assertThat(api.get("vk_not-a-real-token", "/api/v1/users/me").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/organisations").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/grant-pools").status()).isEqualTo(401);
    }

    @Test
    void recordsUserCreationAndTokenIssueInTheOrganisationsAuditLog() {
        String orgAdmin = api.tokenFor(orgA, "ORG_ADMIN");
        long staff = api.createUser(orgAdmin, orgA, "STAFF");
        String staffToken = api.issueToken(staff);
        long tokenId = api.get(staffToken, "/api/v1/users/" + staff + "/tokens").json().get(0).get("id").asLong();
        api.delete(staffToken, "/api/v1/users/" + staff + "/tokens/" + tokenId);

        ApiClient.Response audit = api.get(orgAdmin, "/api/v1/organisations/" + orgA + "/audit");
        assertThat(audit.status()).isEqualTo(200);
        List<String> actions = audit.json().get("entries").valueStream()
                .map(e -> e.get("action").asString() + " " + e.get("targetType").asString()).toList();
        assertThat(actions).startsWith("TOKEN_REVOKED ACCESS_TOKEN", "TOKEN_ISSUED ACCESS_TOKEN",
                "USER_CREATED USER");
        assertThat(audit.json().get("entries").get(2).get("targetId").asString()).isEqualTo(String.valueOf(staff));
        assertThat(audit.json().get("entries").get(2).get("detail").get("roles").asString()).isEqualTo("STAFF");
        assertThat(audit.json().get("entries").get(0).get("userId").asLong()).isEqualTo(staff);
    }
}
