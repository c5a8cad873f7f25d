package dk.virkning.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class ImportTriggersEvaluationTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    @Test
    void aSuccessfulImportEvaluatesItsProjectAndARejectedOneDoesNot() throws Exception {
        RegistryApi api = new RegistryApi(port);
        ImportUpload upload = new ImportUpload(port);
        RegistryApi.Tenant tenant = api.newTenant();
        long project = api.createProject(tenant.token(), RegistryApi.who5Project("Auto"));
        long rejectedProject = api.createProject(tenant.token(), RegistryApi.who5Project("Afvist"));
        for (int i = 1; i <= 50; i++) {
            api.createParticipant(tenant.token(), project, ImportApiTest.code(i));
        }
        byte[] file = ImportApiTest.hundredRows(Map.of()).getBytes(StandardCharsets.UTF_8);

        assertThat(upload.upload(tenant.token(), rejectedProject, "svar.csv", "text/csv", file).status()).isEqualTo(422);
        assertThat(upload.upload(tenant.token(), project, "svar.csv", "text/csv", file).status()).isEqualTo(201);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        int n = 0;
        while (n == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            n = jdbi.withHandle(h -> h.createQuery("""
                    select coalesce(max(n), 0) from evaluation_result
                     where project_id = :p and instrument = 'WHO5' and analysis = 'WITHIN' and subgroup_type = 'ALL'""")
                    .bind("p", project).mapTo(Integer.class).one());
        }
        assertThat(n).isEqualTo(50);
        String trigger = jdbi.withHandle(h -> h.createQuery("select trigger from job_launch where :p = any(project_ids)")
                .bind("p", project).mapTo(String.class).one());
        assertThat(trigger).isEqualTo("IMPORT");
        long launchesForRejected = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from job_launch where :p = any(project_ids)").bind("p", rejectedProject)
                .mapTo(Long.class).one());
        assertThat(launchesForRejected).isZero();
    }
}
