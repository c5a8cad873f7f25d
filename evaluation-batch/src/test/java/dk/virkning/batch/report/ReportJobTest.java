package dk.virkning.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.report.job.ReportJobConfiguration;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.batch.report.portfolio.PortfolioData;
import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.batch.report.portfolio.PortfolioLoader;
import dk.virkning.batch.report.portfolio.PortfolioRenderer;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ReportJobTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BatchJobs jobs;

    ReportFixture fixture;
    long ngo;
    long foundation;
    long prePost;
    long rct;
    long postOnly;
    long pool;

    @BeforeEach
    void setUp() {
        fixture = new ReportFixture(jdbc, jobs);
        ngo = fixture.organisation("Røde Kors", "NGO");
        foundation = fixture.organisation("Mary Fonden", "FOUNDATION");
        prePost = fixture.project(ngo, "Værket", "PRE_POST", List.of("WHO5", "TILS"), 60, 0.4, 12,
                ReportFixture.waves("baseline", 0, "post", 120));
        rct = fixture.project(ngo, "Patientstøtterne", "RCT", List.of("WHO5", "TILS"), 100, 0.35, 13,
                ReportFixture.waves("baseline", 0, "post", 120));
        postOnly = fixture.project(ngo, "Café-aftener", "POST_ONLY", List.of("WHO5"), 20, 0.3, 15,
                ReportFixture.waves("post", 0));
        pool = fixture.pool(foundation, "Fællesskaber mod ensomhed 2025");
        fixture.award(pool, prePost);
        fixture.award(pool, rct);
        fixture.award(pool, postOnly);
        fixture.evaluate(prePost, rct, postOnly);
    }

    @Test
    void storesEveryEditionOfTheProjectsAndThePoolAndReplacesThemWhenRunAgain() {
        JobProgress first = run(Map.of("projects", prePost + "," + rct, "pools", String.valueOf(pool)));
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.itemsDone()).isEqualTo(3);
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select kind, target_id, language, audience, parameters::text as parameters from report
                 where target_id in (?, ?, ?) order by kind, target_id, audience, language""", prePost, rct, pool);
        assertThat(stored).hasSize(2 * 2 * 2 + 2);
        assertThat(stored).filteredOn(r -> r.get("kind").equals("PORTFOLIO"))
                .allSatisfy(r -> assertThat(r).containsEntry("audience", "FUNDER").containsEntry("parameters", "{}"));
        Long mismatched = jdbc.queryForObject("""
                select count(*) from report where encode(sha256(bytes), 'hex') <> sha256 or substring(bytes from 1 for 5) <> '%PDF-'::bytea""",
                Long.class);
        assertThat(mismatched).isZero();

        assertThat(run(Map.of("projects", String.valueOf(prePost), "languages", "da")).status()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select count(*) from report where target_id in (?, ?, ?)", Long.class,
                prePost, rct, pool)).isEqualTo(stored.size());
    }

    @Test
    void rendersOnlyTheProjectsAndPoolsOfTheNamedOrganisations() {
        long otherNgo = fixture.organisation("Ventilen", "NGO");
        long otherProject = fixture.project(otherNgo, "Ung til ung", "PRE_POST", List.of("WHO5"), 30, 0.4, 12,
                ReportFixture.waves("baseline", 0, "post", 90));
        fixture.evaluate(otherProject);

        JobProgress run = run(Map.of("projectOrganisations", String.valueOf(ngo),
                "poolOrganisations", String.valueOf(foundation), "languages", "da"));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.itemsTotal()).isEqualTo(4L);
        List<String> targets = jdbc.queryForList("""
                select distinct kind || ' ' || target_id from report where job_execution_id = ? order by 1""",
                String.class, run.id());
        assertThat(targets).containsExactlyInAnyOrder("PROJECT " + prePost, "PROJECT " + rct, "PROJECT " + postOnly,
                "PORTFOLIO " + pool);
        assertThat(jdbc.queryForObject("select count(*) from report where target_id = ? and kind = 'PROJECT'",
                Long.class, otherProject)).isZero();
    }

    @Test
    void portfolioPoolsEachDesignApartAndSaysWhenThereIsTooLittleControlledEvidence() {
        PortfolioData portfolio = loader.load(pool, PortfolioFilter.of(catalog, "WHO5", null, null, null)).orElseThrow();
        byte[] bytes = new PortfolioRenderer(catalog)
                .render(portfolio, ReportLanguage.DA, java.time.LocalDate.of(2025, 11, 20));
        if (System.getenv("VIRKNING_REPORT_OUT") != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("VIRKNING_REPORT_OUT"), "portfolio-da.pdf"), bytes);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        String text = new ReportPdf(bytes).text();

        Stats within = result(prePost, "WITHIN");
        Stats between = result(rct, "BETWEEN");
        PortfolioData.Effect rctEffect = effectOf(portfolio, rct);
        PortfolioData.Effect prePostEffect = effectOf(portfolio, prePost);
        assertThat(rctEffect.controlled()).isTrue();
        assertThat(rctEffect.g()).isEqualTo(between.number("d_ppc2"));
        assertThat(rctEffect.variance()).isEqualTo(between.number("d_ppc2_vi"));
        assertThat(prePostEffect.controlled()).isFalse();
        assertThat(prePostEffect.g()).isEqualTo(within.number("smcr"));
        assertThat(prePostEffect.variance()).isEqualTo(within.number("smcr_vi"));
        assertThat(portfolio.pooling().controlled().k()).isEqualTo(1);
        assertThat(portfolio.pooling().uncontrolled().k()).isEqualTo(1);
        assertThat(portfolio.pooling().headline()).isNull();
        ReportText danish = new ReportText(ReportLanguage.DA);
        assertThat(text).contains("Der er for få kontrollerede projekter (færre end 2)")
                .contains("Kontrollerede design: 1 projekt, ikke nok til et samlet skøn.")
                .contains("d " + danish.withInterval(rctEffect.g(), rctEffect.low(), rctEffect.high(), 2))
                .contains("SMC " + danish.withInterval(prePostEffect.g(), prePostEffect.low(), prePostEffect.high(), 2))
                .contains("Advarsel: Porteføljen blander projekter med kun eftermåling og projekter med kontrolgruppe")
                .contains("Café-aftener", "Kun efter", "RCT", "Før-efter")
                .doesNotContain("Samlet effekt i de");
    }

    private static PortfolioData.Effect effectOf(PortfolioData portfolio, long project) {
        return portfolio.rows().stream().filter(r -> r.project().id() == project).findFirst().orElseThrow().effect();
    }

    @Test
    void portfolioFiltersByDesign() {
        PortfolioData portfolio = loader.load(pool, PortfolioFilter.of(catalog, null, "rct", null, null)).orElseThrow();
        assertThat(portfolio.rows()).extracting(r -> r.project().title()).containsExactly("Patientstøtterne");
        assertThat(portfolio.pooling().controlled().k()).isEqualTo(1);
        assertThat(portfolio.pooling().uncontrolled()).isNull();
        assertThat(PortfolioFilter.of(catalog, "TILS", "RCT", "OLDER", null).json())
                .isEqualTo("{\"ageGroup\": \"OLDER\", \"design\": \"RCT\", \"instrument\": \"TILS\"}");
    }

    @Autowired
    PortfolioLoader loader;

    @Autowired
    InstrumentCatalog catalog;

    private JobProgress run(Map<String, String> parameters) {
        return jobs.await(jobs.start(ReportJobConfiguration.JOB_NAME, parameters), Duration.ofMinutes(5));
    }

    private Stats result(long project, String analysis) {
        return Stats.parse(jdbc.queryForObject("""
                select statistics::text from evaluation_result
                 where project_id = ? and instrument = 'WHO5' and subgroup_type = 'ALL' and analysis = ?""",
                String.class, project, analysis));
    }
}
