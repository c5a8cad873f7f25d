package dk.virkning.api.report;

import static dk.virkning.api.user.ApiClient.ADMIN_TOKEN;
import static dk.virkning.api.user.ApiClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.virkning.api.user.ApiClient;
import dk.virkning.batch.launch.BatchJobs;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class ReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    @Autowired
    BatchJobs jobs;

    ApiClient api;
    HttpClient http = HttpClient.newHttpClient();
    long ngo;
    long foundation;
    long project;
    long pool;
    String staff;
    String funder;
    String otherStaff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        ngo = api.createOrganisation(unique("Røde Kors"), "NGO");
        foundation = api.createOrganisation(unique("Mary Fonden"), "FOUNDATION");
        long other = api.createOrganisation(unique("Læseforeningen"), "NGO");
        staff = api.tokenFor(ngo, "STAFF");
        funder = api.tokenFor(foundation, "FUNDER");
        otherStaff = api.tokenFor(other, "STAFF");
        // four participants: every cell of the project is smaller than five
        project = projectWithScores(ngo, "Værket – små hold", 4);
        pool = api.post(funder, "/api/v1/grant-pools", Map.of("organisationId", foundation, "name", "Fællesskaber 2026"))
                .id();
        assertThat(api.post(funder, "/api/v1/grant-pools/" + pool + "/grants",
                Map.of("projectId", project, "amountDkk", 100000)).status()).isEqualTo(201);
        long evaluation = jobs.start("evaluationJob", Map.of("projects", String.valueOf(project)));
        assertThat(jobs.await(evaluation, Duration.ofMinutes(2)).completed()).isTrue();
    }

    @Test
    void staffGetTheFullReportOfTheirProjectAsAPdfWithADanishFileName() {
        Pdf pdf = get(staff, "/api/v1/projects/" + project + "/report.pdf");

        assertThat(pdf.status).isEqualTo(200);
        assertThat(pdf.contentType).isEqualTo("application/pdf");
        assertThat(pdf.disposition).isEqualTo("attachment; filename=\"evalueringsrapport-vaerket-smaa-hold.pdf\"");
        assertThat(pdf.text()).contains("Evalueringsrapport", "Værket – små hold", "Tilmeldt n = 4");
    }

    @Test
    void aFunderOfThePoolGetsTheEditionWithoutSmallCells() {
        Pdf pdf = get(funder, "/api/v1/projects/" + project + "/report.pdf");

        assertThat(pdf.status).isEqualTo(200);
        assertThat(pdf.text()).contains("Udgave til bevillingsgiver", "Tilmeldt n = <5",
                "færre end 5 deltagere besvarede både før og efter, så resultatet vises ikke")
                .doesNotContainPattern("\\bn = [1-4]\\b");
    }

    @Test
    void englishOnRequest() {
        Pdf pdf = get(staff, "/api/v1/projects/" + project + "/report.pdf?lang=en");

        assertThat(pdf.status).isEqualTo(200);
        assertThat(pdf.disposition).isEqualTo("attachment; filename=\"evaluation-report-vaerket-smaa-hold.pdf\"");
        assertThat(pdf.text()).contains("Evaluation report", "Enrolled n = 4");
    }

    @Test
    void anotherOrganisationGetsNotFoundAndThePlatformAdministratorForbidden() {
        assertThat(get(otherStaff, "/api/v1/projects/" + project + "/report.pdf").status).isEqualTo(404);
        assertThat(get(ADMIN_TOKEN, "/api/v1/projects/" + project + "/report.pdf").status).isEqualTo(403);
        assertThat(get(staff, "/api/v1/projects/" + (project + 100_000) + "/report.pdf").status).isEqualTo(404);
        assertThat(get(null, "/api/v1/projects/" + project + "/report.pdf").status).isEqualTo(401);
        assertThat(get(otherStaff, "/api/v1/grant-pools/" + pool + "/report.pdf").status).isEqualTo(404);
        assertThat(get(staff, "/api/v1/grant-pools/" + pool + "/report.pdf").status).isEqualTo(404);
        assertThat(get(ADMIN_TOKEN, "/api/v1/grant-pools/" + pool + "/report.pdf").status).isEqualTo(404);
    }

    @Test
    void anUnknownLanguageOrFilterIsAProblemNamingTheParameter() {
        ApiClient.Response language = api.get(staff, "/api/v1/projects/" + project + "/report.pdf?lang=sv");
        assertThat(language.status()).isEqualTo(422);
        assertThat(language.errorFields()).containsExactly("lang");

        ApiClient.Response filter = api.get(funder, "/api/v1/grant-pools/" + pool + "/report.pdf?design=RANDOM&arena=PARK");
        assertThat(filter.status()).isEqualTo(422);
        assertThat(filter.errorFields()).containsExactly("design", "arena");
    }

    @Test
    void theFunderGetsThePortfolioOfItsPoolWithFilters() {
        Pdf pdf = get(funder, "/api/v1/grant-pools/" + pool + "/report.pdf?instrument=TILS&design=PRE_POST&ageGroup=OLDER");

        assertThat(pdf.status).isEqualTo(200);
        assertThat(pdf.contentType).isEqualTo("application/pdf");
        assertThat(pdf.disposition).isEqualTo("attachment; filename=\"portefoeljerapport-faellesskaber-2026.pdf\"");
        assertThat(pdf.text()).contains("Porteføljerapport", "Værket – små hold", "<5")
                .doesNotContainPattern("\\bn = [1-4]\\b");
    }

    @Test
    void staffAndFundersRenderTheirReportsAsAJobAndTheStoredOnesAreServed() {
        ApiClient.Response launched = api.post(staff, "/api/v1/jobs/report", Map.of());
        assertThat(launched.status()).isEqualTo(202);
        assertThat(jobs.await(launched.id(), Duration.ofMinutes(2)).completed()).isTrue();
        // the project is funded, so staff's run renders the funder edition too, in both languages
        assertThat(stored(launched.id())).containsExactlyInAnyOrder("PROJECT " + project + " STAFF da",
                "PROJECT " + project + " STAFF en", "PROJECT " + project + " FUNDER da",
                "PROJECT " + project + " FUNDER en");
        Pdf served = get(staff, "/api/v1/projects/" + project + "/report.pdf");
        assertThat(served.etag).isEqualTo("\"" + storedSha256(launched.id(), "PROJECT", "STAFF", "da") + "\"");

        ApiClient.Response portfolio = api.post(funder, "/api/v1/jobs/report", Map.of("languages", List.of("en")));
        assertThat(portfolio.status()).isEqualTo(202);
        assertThat(jobs.await(portfolio.id(), Duration.ofMinutes(2)).completed()).isTrue();
        assertThat(stored(portfolio.id())).containsExactly("PORTFOLIO " + pool + " FUNDER en");
    }

    @Test
    void aReportRunWithAnUnknownLanguageOrSomeoneElsesProjectIsRefusedAndStartsNothing() {
        long launches = launchCount();

        ApiClient.Response language = api.post(staff, "/api/v1/jobs/report", Map.of("languages", List.of("sv")));
        assertThat(language.status()).isEqualTo(422);
        assertThat(language.errorFields()).containsExactly("languages");
        assertThat(api.post(otherStaff, "/api/v1/jobs/report", Map.of("projectIds", List.of(project))).status())
                .isEqualTo(404);
        assertThat(api.post(staff, "/api/v1/jobs/report", Map.of("poolIds", List.of(pool))).status())
                .isEqualTo(404);
        assertThat(launchCount()).isEqualTo(launches);
    }

    @Test
    void aProjectThatTakesTheFunderOffItsPartnersLeavesTheStoredPortfolio() {
        ApiClient.Response run = api.post(funder, "/api/v1/jobs/report", Map.of("poolIds", List.of(pool)));
        assertThat(jobs.await(run.id(), Duration.ofMinutes(2)).completed()).isTrue();
        Pdf before = get(funder, "/api/v1/grant-pools/" + pool + "/report.pdf");
        assertThat(before.etag).isEqualTo("\"" + storedSha256(run.id(), "PORTFOLIO", "FUNDER", "da") + "\"");
        assertThat(before.text()).contains("Værket – små hold");

        // what PUT /projects/{id} does when the staff leave the foundation out of the partners
        jdbi.useHandle(h -> {
            h.execute("delete from project_partner where project_id = ?", project);
            h.execute("update project set updated_at = now() where id = ?", project);
        });

        Pdf after = get(funder, "/api/v1/grant-pools/" + pool + "/report.pdf");
        assertThat(after.status).isEqualTo(200);
        assertThat(after.text()).doesNotContain("Værket – små hold");
        assertThat(get(funder, "/api/v1/projects/" + project + "/report.pdf").status).isEqualTo(404);
    }

    @Test
    void theFoundationsOtherMembersSeeThePoolButNotItsPortfolio() {
        String foundationStaff = api.tokenFor(foundation, "STAFF");

        assertThat(api.get(foundationStaff, "/api/v1/grant-pools/" + pool).status()).isEqualTo(200);
        assertThat(get(foundationStaff, "/api/v1/grant-pools/" + pool + "/report.pdf").status).isEqualTo(403);
        assertThat(api.post(foundationStaff, "/api/v1/jobs/report", Map.of("poolIds", List.of(pool))).status())
                .isEqualTo(404);
    }

    private long launchCount() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from job_launch").mapTo(Long.class).one());
    }

    private List<String> stored(long execution) {
        return jdbi.withHandle(h -> h.createQuery("""
                select kind || ' ' || target_id || ' ' || audience || ' ' || language from report
                 where job_execution_id = :execution""").bind("execution", execution).mapTo(String.class).list());
    }

    private String storedSha256(long execution, String kind, String audience, String language) {
        return jdbi.withHandle(h -> h.createQuery("""
                select sha256 from report where job_execution_id = :execution and kind = :kind and audience = :audience
                   and language = :language""").bind("execution", execution).bind("kind", kind)
                .bind("audience", audience).bind("language", language).mapTo(String.class).one());
    }

    private long projectWithScores(long organisation, String title, int participants) {
        return jdbi.withHandle(h -> {
            long id = h.createQuery("""
                    insert into project (organisation_id, title, design, instruments, target_age_min, target_age_max)
                    values (:org, :title, 'PRE_POST', '{WHO5,TILS}', 65, 90) returning id""")
                    .bind("org", organisation).bind("title", title).mapTo(Long.class).one();
            h.createUpdate("""
                    insert into project_partner (project_id, organisation_id, partner_id, role)
                    values (:project, :org, :funder, 'FUNDER')""")
                    .bind("project", id).bind("org", organisation).bind("funder", foundation).execute();
            long baseline = wave(h, id, organisation, "baseline", 0, 0);
            long post = wave(h, id, organisation, "post", 90, 1);
            for (int i = 1; i <= participants; i++) {
                long participant = h.createQuery("""
                        insert into participant (project_id, organisation_id, code, consent_evaluation, consent_date,
                                                 birth_year, gender, enrolled_on)
                        values (:project, :org, :code, true, date '2026-01-05', 1950, 'FEMALE', date '2026-01-05')
                        returning id""").bind("project", id).bind("org", organisation).bind("code", "V" + i)
                        .mapTo(Long.class).one();
                response(h, id, organisation, participant, baseline, "WHO5", 40 + 4 * i);
                response(h, id, organisation, participant, post, "WHO5", 52 + 4 * i);
                response(h, id, organisation, participant, baseline, "TILS", 7);
                response(h, id, organisation, participant, post, "TILS", 5 + i % 2);
            }
            return id;
        });
    }

    private static long wave(org.jdbi.v3.core.Handle h, long project, long organisation, String name, int offset, int ordinal) {
        return h.createQuery("""
                insert into wave (project_id, organisation_id, name, offset_days, ordinal)
                values (:project, :org, :name, :offset, :ordinal) returning id""")
                .bind("project", project).bind("org", organisation).bind("name", name).bind("offset", offset)
                .bind("ordinal", ordinal).mapTo(Long.class).one();
    }

    private static void response(org.jdbi.v3.core.Handle h, long project, long organisation, long participant, long wave,
            String instrument, double score) {
        h.createUpdate("""
                insert into response (project_id, organisation_id, participant_id, wave_id, instrument, instrument_version,
                                      items, score, answered_on, mode, source)
                values (:project, :org, :participant, :wave, :instrument, '1.0', '{}'::jsonb, :score, date '2026-03-01',
                        'SELF', 'API')""")
                .bind("project", project).bind("org", organisation).bind("participant", participant).bind("wave", wave)
                .bind("instrument", instrument).bind("score", score).execute();
    }

    private Pdf get(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Pdf(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null),
                    response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Pdf(int status, String contentType, String disposition, String etag, byte[] body) {

        String text() {
            return PdfText.of(body);
        }
    }
}
