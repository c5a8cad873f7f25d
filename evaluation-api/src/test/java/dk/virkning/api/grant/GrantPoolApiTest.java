package dk.virkning.api.grant;

import static dk.virkning.api.user.ApiClient.ADMIN_TOKEN;
import static dk.virkning.api.user.ApiClient.rowCounts;
import static dk.virkning.api.user.ApiClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.api.user.ApiClient;
import dk.virkning.core.access.Caller;
import dk.virkning.core.grant.FundingAccess;
import dk.virkning.core.user.CallerResolver;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class GrantPoolApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    @Autowired
    FundingAccess fundingAccess;

    @Autowired
    CallerResolver callers;

    ApiClient api;
    long foundation;
    long ngo;
    String funder;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        foundation = api.createOrganisation(unique("Velliv Foreningen"), "FOUNDATION");
        ngo = api.createOrganisation(unique("Ventilen"), "NGO");
        funder = api.tokenFor(foundation, "FUNDER");
    }

    @Test
    void runsAPoolFromCreationToGrantsAndGivesItsFunderAccessToTheFundedProject() {
        long project = insertProject(ngo, "Ungdomsfællesskaber mod ensomhed");
        long unfunded = insertProject(ngo, "Et andet projekt");

        ApiClient.Response pool = api.post(funder, "/api/v1/grant-pools", pool(foundation, "Ensomhedspuljen 2026"));
        assertThat(pool.status()).isEqualTo(201);
        assertThat(pool.json().get("organisationId").asLong()).isEqualTo(foundation);
        assertThat(pool.text("periodStart")).isEqualTo("2026-01-01");
        assertThat(pool.json().get("totalDkk").decimalValue()).isEqualByComparingTo("1000000");
        long poolId = pool.id();

        ApiClient.Response grant = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 250000.50, "awardedOn", "2026-02-01"));
        assertThat(grant.status()).isEqualTo(201);
        assertThat(grant.json().get("projectId").asLong()).isEqualTo(project);
        assertThat(grant.text("projectTitle")).isEqualTo("Ungdomsfællesskaber mod ensomhed");
        assertThat(grant.json().get("organisationId").asLong()).isEqualTo(ngo);
        assertThat(grant.text("organisationName")).startsWith("Ventilen");
        assertThat(grant.json().get("amountDkk").decimalValue()).isEqualByComparingTo("250000.50");
        assertThat(grant.text("awardedOn")).isEqualTo("2026-02-01");

        JsonNode grants = api.get(funder, "/api/v1/grant-pools/" + poolId + "/grants").json();
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0)).isEqualTo(grant.json());
        assertThat(api.get(funder, "/api/v1/grant-pools/" + poolId).json().get("awardedDkk").decimalValue())
                .isEqualByComparingTo("250000.50");
        assertThat(api.get(funder, "/api/v1/grant-pools").json().valueStream().map(p -> p.get("id").asLong()))
                .containsExactly(poolId);

        Caller funderCaller = callers.resolve(funder).orElseThrow();
        assertThat(fundingAccess.fundedProjectIds(funderCaller)).containsExactly(project);
        assertThat(fundingAccess.funds(funderCaller, project)).isTrue();
        assertThat(fundingAccess.funds(funderCaller, unfunded)).isFalse();

        Caller orgAdminOfFoundation = callers.resolve(api.tokenFor(foundation, "ORG_ADMIN")).orElseThrow();
        assertThat(fundingAccess.funds(orgAdminOfFoundation, project)).isTrue();
        Caller staffOfFoundation = callers.resolve(api.tokenFor(foundation, "STAFF")).orElseThrow();
        assertThat(fundingAccess.fundedProjectIds(staffOfFoundation)).isEmpty();
        Caller staffOfProject = callers.resolve(api.tokenFor(ngo, "STAFF")).orElseThrow();
        assertThat(fundingAccess.funds(staffOfProject, project)).isFalse();
        Caller otherFunder = callers.resolve(api.tokenFor(
                api.createOrganisation(unique("TrygFonden"), "FOUNDATION"), "FUNDER")).orElseThrow();
        assertThat(fundingAccess.fundedProjectIds(otherFunder)).isEmpty();
        Caller platformAdmin = callers.resolve(ADMIN_TOKEN).orElseThrow();
        assertThat(fundingAccess.funds(platformAdmin, project)).isFalse();

        String ngoAdmin = api.tokenFor(ngo, "ORG_ADMIN");
        JsonNode ngoAudit = api.get(ngoAdmin, "/api/v1/organisations/" + ngo + "/audit").json().get("entries");
        assertThat(ngoAudit.valueStream().map(e -> e.get("action").asString())).contains("GRANT_AWARDED");
    }

    @Test
    void keepsPoolsToTheOwningOrganisationAndAwardsToItsFundersAndAdmins() {
        long poolId = api.post(funder, "/api/v1/grant-pools", pool(foundation, "Puljen")).id();
        long project = insertProject(ngo, "Besøgsvenner");
        String foundationStaff = api.tokenFor(foundation, "STAFF");
        String ngoAdmin = api.tokenFor(ngo, "ORG_ADMIN");
        Map<String, Long> before = rowCounts(jdbi);

        assertThat(api.get(foundationStaff, "/api/v1/grant-pools/" + poolId).status()).isEqualTo(200);
        assertThat(api.post(foundationStaff, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 10)).status()).isEqualTo(403);
        assertThat(api.post(foundationStaff, "/api/v1/grant-pools", pool(foundation, "Min pulje")).status())
                .isEqualTo(403);

        assertThat(api.get(ngoAdmin, "/api/v1/grant-pools/" + poolId).status()).isEqualTo(404);
        assertThat(api.get(ngoAdmin, "/api/v1/grant-pools/" + poolId + "/grants").status()).isEqualTo(404);
        assertThat(api.post(ngoAdmin, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 10)).status()).isEqualTo(404);
        assertThat(api.get(ngoAdmin, "/api/v1/grant-pools").json()).isEmpty();
        assertThat(api.post(ngoAdmin, "/api/v1/grant-pools", pool(foundation, "Fremmed pulje")).status())
                .isEqualTo(403);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/grant-pools/" + poolId).status()).isEqualTo(404);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void rejectsAnInvalidPoolNamingEachFieldAndWritesNothing() {
        Map<String, Long> before = rowCounts(jdbi);
        String ngoAdmin = api.tokenFor(ngo, "ORG_ADMIN");
        before = rowCounts(jdbi);

        ApiClient.Response ngoOwner = api.post(ngoAdmin, "/api/v1/grant-pools", pool(ngo, "NGO-pulje"));
        assertThat(ngoOwner.status()).isEqualTo(422);
        assertThat(ngoOwner.errorFields()).containsExactly("organisationId");

        ApiClient.Response everything = api.post(funder, "/api/v1/grant-pools", Map.of("organisationId", foundation,
                "name", " ", "periodStart", "2026-12-31", "periodEnd", "2026-01-01", "totalDkk", -1));
        assertThat(everything.status()).isEqualTo(422);
        assertThat(everything.errorFields()).containsExactly("name", "periodEnd", "totalDkk");

        // As for an existing organisation the funder does not belong to, so that ids cannot be probed.
        ApiClient.Response unknownOwner = api.post(funder, "/api/v1/grant-pools", pool(987_654_321L, "Puljen"));
        assertThat(unknownOwner.status()).isEqualTo(403);

        Map<String, Object> tooLong = pool(foundation, "p".repeat(301));
        tooLong.put("totalDkk", 10.123);
        assertThat(api.post(funder, "/api/v1/grant-pools", tooLong).errorFields()).containsExactly("name", "totalDkk");

        ApiClient.Response badDate = api.post(funder, "/api/v1/grant-pools",
                Map.of("organisationId", foundation, "name", "Puljen", "periodStart", "2026-13-01"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).containsExactly("periodStart");

        ApiClient.Response textTotal = api.post(funder, "/api/v1/grant-pools",
                Map.of("organisationId", foundation, "name", "Puljen", "totalDkk", "mange penge"));
        assertThat(textTotal.status()).isEqualTo(400);
        assertThat(textTotal.errorFields()).containsExactly("totalDkk");
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void refusesToFundAProjectThatHasNotNamedTheFoundationAsItsFunder() {
        long poolId = api.post(funder, "/api/v1/grant-pools", pool(foundation, "Puljen")).id();
        long project = insertProjectWithoutFunder(ngo, "Et projekt, fonden ikke er nævnt i");
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response refused = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 1000));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("projectId");
        assertThat(refused.body()).contains("NOT_A_FUNDING_PARTNER");
        assertThat(rowCounts(jdbi)).isEqualTo(before);
        Caller funderCaller = callers.resolve(funder).orElseThrow();
        assertThat(fundingAccess.funds(funderCaller, project)).isFalse();
    }

    @Test
    void aProjectThatTakesTheFunderOffItsPartnersWithdrawsTheFundersAccess() {
        long poolId = api.post(funder, "/api/v1/grant-pools", pool(foundation, "Puljen")).id();
        long project = insertProject(ngo, "Værestedet");
        assertThat(api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 1000)).status()).isEqualTo(201);
        Caller funderCaller = callers.resolve(funder).orElseThrow();
        assertThat(fundingAccess.funds(funderCaller, project)).isTrue();

        jdbi.useHandle(h -> h.execute("delete from project_partner where project_id = ?", project));

        assertThat(fundingAccess.funds(funderCaller, project)).isFalse();
        assertThat(fundingAccess.fundedProjectIds(funderCaller)).doesNotContain(project);
        assertThat(api.get(funder, "/api/v1/projects/" + project + "/results").status()).isEqualTo(404);
        // the grant itself stays on the pool's record
        assertThat(api.get(funder, "/api/v1/grant-pools/" + poolId + "/grants").json()).hasSize(1);
    }

    @Test
    void rejectsAnInvalidGrantNamingEachFieldAndWritesNothing() {
        long poolId = api.post(funder, "/api/v1/grant-pools", pool(foundation, "Puljen")).id();
        long project = insertProject(ngo, "Mødested");
        assertThat(api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 900000)).status()).isEqualTo(201);
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response unknownProject = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", 987_654_321L, "amountDkk", 10));
        assertThat(unknownProject.status()).isEqualTo(422);
        assertThat(unknownProject.errorFields()).containsExactly("projectId");

        ApiClient.Response duplicate = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", project, "amountDkk", 10));
        assertThat(duplicate.status()).isEqualTo(409);

        long other = insertProject(ngo, "Andet mødested");
        ApiClient.Response negative = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", other, "amountDkk", -5));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.errorFields()).containsExactly("amountDkk");

        ApiClient.Response overdrawn = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants",
                Map.of("projectId", other, "amountDkk", 100000.01));
        assertThat(overdrawn.status()).isEqualTo(422);
        assertThat(overdrawn.errorFields()).containsExactly("amountDkk");
        assertThat(overdrawn.text("detail")).contains("100000.00");

        ApiClient.Response missing = api.post(funder, "/api/v1/grant-pools/" + poolId + "/grants", Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("projectId", "amountDkk");

        assertThat(api.post(funder, "/api/v1/grant-pools/987654321/grants",
                Map.of("projectId", other, "amountDkk", 1)).status()).isEqualTo(404);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void letsAMunicipalityRunAPoolAndRefusesFunderRoleInAnNgo() {
        long municipality = api.createOrganisation(unique("Aarhus Kommune"), "MUNICIPALITY");
        String municipalFunder = api.tokenFor(municipality, "FUNDER");
        assertThat(api.post(municipalFunder, "/api/v1/grant-pools", pool(municipality, "§ 18-puljen")).status())
                .isEqualTo(201);

        ApiClient.Response ngoFunder = api.post(api.orgAdminToken(ngo), "/api/v1/users", Map.of("email", ApiClient.uniqueEmail(),
                "name", "Funder", "memberships", List.of(Map.of("organisationId", ngo, "role", "FUNDER"))));
        assertThat(ngoFunder.status()).isEqualTo(422);
        assertThat(ngoFunder.errorFields()).containsExactly("memberships.0.role");
    }

    private static Map<String, Object> pool(long organisationId, String name) {
        Map<String, Object> pool = new HashMap<>();
        pool.put("organisationId", organisationId);
        pool.put("name", name);
        pool.put("periodStart", "2026-01-01");
        pool.put("periodEnd", "2026-12-31");
        pool.put("totalDkk", 1000000);
        return pool;
    }

    /** A project of the organisation that lists the test's foundation as its funder. */
    private long insertProject(long organisationId, String title) {
        long project = insertProjectWithoutFunder(organisationId, title);
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into project_partner (project_id, organisation_id, partner_id, role)
                        values (:project, :org, :funder, 'FUNDER')""")
                .bind("project", project).bind("org", organisationId).bind("funder", foundation).execute());
        return project;
    }

    private long insertProjectWithoutFunder(long organisationId, String title) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "insert into project (organisation_id, title, design) values (:org, :title, 'PRE_POST')")
                .bind("org", organisationId).bind("title", title)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
