package dk.virkning.batch.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.report.job.ReportJobConfiguration;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.project.ProjectReportLoader;
import dk.virkning.batch.report.project.ProjectReportRenderer;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures report rendering; a benchmark, not a test (its tag keeps it out of the normal build). Run with
 * {@code ./mvnw -pl evaluation-batch -am verify -Pbenchmarks -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and optionally {@code VIRKNING_BENCH_PROJECTS} (default 200). Results go to standard output;
 * docs/benchmarks.md records them.
 */
@SpringBootTest
@Tag("benchmark")
class ReportBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BatchJobs jobs;

    @Autowired
    ProjectReportLoader loader;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    ValuationSets valuationSets;

    @Test
    void measure() {
        int count = Integer.parseInt(System.getenv().getOrDefault("VIRKNING_BENCH_PROJECTS", "200"));
        ReportFixture fixture = new ReportFixture(jdbc, jobs);
        long foundation = fixture.organisation("Benchmark Fonden", "FOUNDATION");
        long pool = fixture.pool(foundation, "Benchmarkpuljen");
        List<Long> projects = new ArrayList<>();
        String[] designs = {"PRE_POST", "PRE_POST", "RCT", "PRE_POST_CONTROL"};
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long organisation = fixture.organisation("Forening " + i, "NGO");
            long project = fixture.project(organisation, "Projekt " + i, designs[i % designs.length],
                    List.of("WHO5", "TILS", "LIFE_SAT"), 40 + (i % 5) * 20, 0.2 + (i % 7) * 0.05, 1000 + i,
                    ReportFixture.waves("baseline", 0, "post", 91, "opfølgning", 182));
            projects.add(project);
            if (i % 2 == 0) {
                fixture.award(pool, project);
            }
        }
        System.out.printf("BENCH setup: %d projects in %.1f s%n", count, seconds(started));
        started = System.nanoTime();
        fixture.evaluate("ALL");
        System.out.printf("BENCH evaluation + economy jobs: %.1f s%n", seconds(started));

        long one = projects.get(0);
        long organisation = jdbc.queryForObject("select organisation_id from project where id = ?", Long.class, one);
        ProjectReportRenderer renderer = new ProjectReportRenderer(catalog, valuationSets);
        double[] times = new double[25];
        int pages = 0;
        for (int round = -10; round < times.length; round++) {
            long t = System.nanoTime();
            byte[] pdf = renderer.render(loader.load(one, organisation, Audience.STAFF), ReportLanguage.DA, Audience.STAFF,
                    LocalDate.now());
            if (round >= 0) {
                times[round] = seconds(t);
            }
            pages = new ReportPdf(pdf).reader.getNumberOfPages();
        }
        Arrays.sort(times);
        System.out.printf("BENCH one project report (load + render, staff, da, %d pages): median %.0f ms, min %.0f ms,"
                + " max %.0f ms over %d runs after 10 warm-up%n", pages, times[times.length / 2] * 1000, times[0] * 1000,
                times[times.length - 1] * 1000, times.length);

        started = System.nanoTime();
        JobProgress run = jobs.await(jobs.start(ReportJobConfiguration.JOB_NAME,
                Map.of("projects", "ALL", "pools", "ALL")), Duration.ofHours(1));
        double jobSeconds = seconds(started);
        long reports = jdbc.queryForObject("select count(*) from report", Long.class);
        long bytes = jdbc.queryForObject("select sum(length(bytes)) from report", Long.class);
        System.out.printf("BENCH reportJob %s: %d projects + 1 pool, %d PDFs (%.1f MB) in %.1f s = %.1f ms per PDF;"
                + " extrapolated to 2,000 projects: %.0f s%n", run.status(), count, reports, bytes / 1e6, jobSeconds,
                jobSeconds * 1000 / reports, jobSeconds * 2000 / count);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
