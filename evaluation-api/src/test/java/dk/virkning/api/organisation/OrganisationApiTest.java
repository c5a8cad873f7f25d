package dk.virkning.api.organisation;

import static dk.virkning.api.user.ApiClient.ADMIN_TOKEN;
import static dk.virkning.api.user.ApiClient.rowCounts;
import static dk.virkning.api.user.ApiClient.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dk.virkning.api.user.ApiClient;
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
class OrganisationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void letsThePlatformAdminCreateAnOrganisationWithAllItsFields() {
        String name = unique("TrygFonden");
        ApiClient.Response created = api.post(ADMIN_TOKEN, "/api/v1/organisations",
                Map.of("name", "  " + name + " ", "kind", "FOUNDATION", "cvr", "12345678"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo(name);
        assertThat(created.text("kind")).isEqualTo("FOUNDATION");
        assertThat(created.text("cvr")).isEqualTo("12345678");
        ApiClient.Response read = api.get(ADMIN_TOKEN, "/api/v1/organisations/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        ApiClient.Response withoutCvr = api.post(ADMIN_TOKEN, "/api/v1/organisations",
                Map.of("name", unique("Ensomme Gamles Værn"), "kind", "NGO"));
        assertThat(withoutCvr.status()).isEqualTo(201);
        assertThat(withoutCvr.json().get("cvr").isNull()).isTrue();
    }

    @Test
    void keepsStaffOfOneOrganisationOutOfAnother() {
        long orgA = api.createOrganisation(unique("Ældre Sagen"), "NGO");
        long orgB = api.createOrganisation(unique("Red Barnet"), "NGO");
        String staffA = api.tokenFor(orgA, "STAFF");
        Map<String, Long> before = rowCounts(jdbi);

        assertThat(api.get(staffA, "/api/v1/organisations/" + orgA).status()).isEqualTo(200);
        assertThat(api.get(staffA, "/api/v1/organisations/" + orgB).status()).isEqualTo(404);
        assertThat(api.get(staffA, "/api/v1/organisations/" + orgB + "/audit").status()).isEqualTo(404);
        List<Long> listed = api.get(staffA, "/api/v1/organisations").json().valueStream()
                .map(o -> o.get("id").asLong()).toList();
        assertThat(listed).containsExactly(orgA);

        ApiClient.Response userInB = api.post(staffA, "/api/v1/users", Map.of("email", ApiClient.uniqueEmail(),
                "name", "Intruder", "memberships", List.of(Map.of("organisationId", orgB, "role", "STAFF"))));
        assertThat(userInB.status()).isEqualTo(403);
        ApiClient.Response organisation = api.post(staffA, "/api/v1/organisations", Map.of("name", "Mine", "kind", "NGO"));
        assertThat(organisation.status()).isEqualTo(403);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void listsEveryOrganisationForThePlatformAdmin() {
        long orgA = api.createOrganisation(unique("Ældre Sagen"), "NGO");
        long orgB = api.createOrganisation(unique("Region Midtjylland"), "REGION");

        List<Long> listed = api.get(ADMIN_TOKEN, "/api/v1/organisations").json().valueStream()
                .map(o -> o.get("id").asLong()).toList();

        assertThat(listed).contains(orgA, orgB);
    }

    @Test
    void rejectsEveryInvalidFieldOfANewOrganisationAndWritesNothing() {
        Map<String, Long> before = rowCounts(jdbi);

        ApiClient.Response blank = api.post(ADMIN_TOKEN, "/api/v1/organisations", Map.of("name", " ", "cvr", "1234567"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorFields()).containsExactly("name", "kind", "cvr");

        ApiClient.Response tooLong = api.post(ADMIN_TOKEN, "/api/v1/organisations",
                Map.of("name", "n".repeat(301), "kind", "NGO", "cvr", "1234567a"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("name", "cvr");

        ApiClient.Response badKind = api.post(ADMIN_TOKEN, "/api/v1/organisations", Map.of("name", "X", "kind", "CHURCH"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.errorFields()).containsExactly("kind");

        ApiClient.Response wrongType = api.post(ADMIN_TOKEN, "/api/v1/organisations", "{\"name\": [1], \"kind\": \"NGO\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("name");

        assertThat(api.post(ADMIN_TOKEN, "/api/v1/organisations", "{\"name\": \"X\",").status()).isEqualTo(400);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/organisations/abc").status()).isEqualTo(400);
        assertThat(rowCounts(jdbi)).isEqualTo(before);
    }

    @Test
    void showsTheAuditLogToTheOrgAdminOnlyNewestFirstInPages() {
        long org = api.createOrganisation(unique("Muhabet"), "NGO");
        String orgAdmin = api.tokenFor(org, "ORG_ADMIN");
        for (int i = 0; i < 3; i++) {
            api.createUser(orgAdmin, org, "STAFF");
        }
        String staff = api.tokenFor(org, "STAFF");

        assertThat(api.get(staff, "/api/v1/organisations/" + org + "/audit").status()).isEqualTo(403);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/organisations/" + org + "/audit").status()).isEqualTo(403);
        assertThat(api.get(ADMIN_TOKEN, "/api/v1/organisations/987654321/audit").status()).isEqualTo(404);

        JsonNode all = api.get(orgAdmin, "/api/v1/organisations/" + org + "/audit?limit=500").json();
        List<Long> ids = all.get("entries").valueStream().map(e -> e.get("id").asLong()).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(8).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.get("nextBefore").isNull()).isTrue();
        assertThat(all.get("entries").valueStream().map(e -> e.get("organisationId").asLong()))
                .containsOnly(org);

        JsonNode first = api.get(orgAdmin, "/api/v1/organisations/" + org + "/audit?limit=2").json();
        assertThat(first.get("entries").valueStream().map(e -> e.get("id").asLong())).containsExactly(ids.get(0), ids.get(1));
        long nextBefore = first.get("nextBefore").asLong();
        JsonNode second = api.get(orgAdmin, "/api/v1/organisations/" + org + "/audit?limit=2&before=" + nextBefore).json();
        assertThat(second.get("entries").valueStream().map(e -> e.get("id").asLong())).containsExactly(ids.get(2), ids.get(3));

        ApiClient.Response badLimit = api.get(orgAdmin, "/api/v1/organisations/" + org + "/audit?limit=0");
        assertThat(badLimit.status()).isEqualTo(422);
        assertThat(badLimit.errorFields()).containsExactly("limit");
        assertThat(api.get(orgAdmin, "/api/v1/organisations/" + org + "/audit?before=x").errorFields())
                .containsExactly("before");
    }

    @Test
    void refusesToChangeOrDeleteAuditLines() {
        api.createOrganisation(unique("Home-Start"), "NGO");
        long before = rowCounts(jdbi).get("audit_log");

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("delete from audit_log")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("update audit_log set action = 'NOTHING'")))
                .hasMessageContaining("append-only");
        assertThat(rowCounts(jdbi).get("audit_log")).isEqualTo(before);
    }
}
