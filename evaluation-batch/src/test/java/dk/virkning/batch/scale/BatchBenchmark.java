package dk.virkning.batch.scale;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import dk.virkning.batch.evaluation.EvaluationDataRepository;
import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobLaunches;
import dk.virkning.batch.launch.JobProgress;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch jobs at national scale (docs/benchmarks.md, "Batch jobs at national scale"): the
 * full evaluation of every project, the economy job over them, and the evaluation of one
 * freshly imported project, each repeated, on the embedded PostgreSQL, with the heap's peak,
 * the server's CPU and, with {@code --profile}, a sampled breakdown of where the time goes.
 * The dataset ({@link NationalScaleDataset}) is written on the first run and kept in
 * {@code --data} (default {@code target/batch-benchmark}) for the next.
 *
 * <p>Arguments: {@code [--data DIR] [--projects N] [--repetitions N] [--single-repetitions N] [--profile]
 * [--skip-economy] [--phases]} followed by any Spring Boot arguments (e.g. {@code --virkning.jobs.evaluation.commit-interval=50}).
 */
public final class BatchBenchmark {

    private static final String SINGLE_PROJECT = "Enkelt projekt (benchmark)";

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final BatchJobs jobs;
    private final JobLaunches launches;
    private final long postmaster;

    private BatchBenchmark(ConfigurableApplicationContext context, long postmaster) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.jobs = context.getBean(BatchJobs.class);
        this.launches = context.getBean(JobLaunches.class);
        this.postmaster = postmaster;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target", "batch-benchmark");
        int repetitions = 5;
        int singleRepetitions = 21;
        boolean profile = false;
        boolean economy = true;
        boolean phases = false;
        NationalScaleDataset.Size size = NationalScaleDataset.Size.national();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--projects" -> size = NationalScaleDataset.Size.scaled(Integer.parseInt(args[++i]));
                case "--repetitions" -> repetitions = Integer.parseInt(args[++i]);
                case "--single-repetitions" -> singleRepetitions = Integer.parseInt(args[++i]);
                case "--profile" -> profile = true;
                case "--skip-economy" -> economy = false;
                case "--phases" -> phases = true;
                default -> spring.add(args[i]);
            }
        }
        spring.add("--logging.level.org.springframework.batch=warn");
        System.out.printf("JVM %s %s, %d processors, max heap %d MB, flags %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments());
        try (ScaleDatabase database = ScaleDatabase.persistent(data.toAbsolutePath().resolve("postgres"));
                HeapSampler wholeRun = new HeapSampler(true)) {
            try (ConfigurableApplicationContext context = database.startBatchContext("benchmark",
                    spring.toArray(String[]::new))) {
                BatchBenchmark benchmark = new BatchBenchmark(context, database.serverPid());
                long single = benchmark.ensureDataset(size);
                if (phases) {
                    List<Long> projects = benchmark.jdbc.queryForList("select id from project order by id", Long.class);
                    EvaluationDataRepository reads = context.getBean(EvaluationDataRepository.class);
                    for (int i = 0; i < 3; i++) {
                        System.out.print(PhaseTimes.measure(reads, projects));
                    }
                    return;
                }
                benchmark.measure("full evaluation", "evaluation-,job-", repetitions, profile,
                        () -> benchmark.launches.evaluateAsSystem(null, "COMMAND_LINE"));
                benchmark.describeResults();
                if (economy) {
                    benchmark.measure("economy (10,000 draws per project)", "job-,economy-", repetitions, profile,
                            () -> benchmark.launches.economyAsSystem(null, "COMMAND_LINE"));
                }
                benchmark.single(single, singleRepetitions);
            }
            System.out.printf("peak heap over the whole run: %d MB sampled, %d MB by the pools' peaks%n",
                    wholeRun.maxUsed() >> 20, HeapSampler.poolPeaks() >> 20);
        }
    }

    /** Writes the dataset unless the data directory holds it; returns the single project's id. */
    private long ensureDataset(NationalScaleDataset.Size size) throws Exception {
        long existing = count("select count(*) from project where title like 'Indsats " + size.seed() + "-%'");
        if (existing == 0) {
            long start = System.nanoTime();
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                NationalScaleDataset.write(connection, size);
                long organisation = count("select min(id) from organisation");
                NationalScaleDataset.writeProject(connection, organisation, SINGLE_PROJECT, 100, 7);
            }
            System.out.printf("dataset written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        } else if (existing != size.projects()) {
            throw new IllegalStateException("the data directory holds another dataset; delete it");
        }
        System.out.printf(Locale.ROOT, "dataset: %,d organisations, %,d projects, %,d participants, %,d responses,"
                        + " %,d waves%n", count("select count(*) from organisation"),
                count("select count(*) from project"), count("select count(*) from participant"),
                count("select count(*) from response"), count("select count(*) from wave"));
        return count("select id from project where title = '" + SINGLE_PROJECT + "'");
    }

    private void measure(String name, String threads, int repetitions, boolean profile, Launch launch)
            throws Exception {
        System.out.printf("%n== %s ==%n", name);
        double[] seconds = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            seconds[i] = run(launch, null);
        }
        System.out.println(summary(name, seconds));
        if (profile) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
            try (JfrProfile sampling = new JfrProfile(threads)) {
                run(launch, sampling);
            }
            System.out.println("  PostgreSQL, by statement (pg_stat_statements, profiled run):");
            jdbc.query("""
                    select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
                      from pg_stat_statements order by total_exec_time desc limit 10""",
                    rs -> {
                        System.out.printf(Locale.ROOT, "    %8.0f ms %8d calls %9d rows  %.110s%n",
                                rs.getDouble("total_exec_time"), rs.getLong("calls"), rs.getLong("rows"),
                                rs.getString("query"));
                    });
        }
    }

    /**
     * One run: wall time, JVM and PostgreSQL CPU, heap; with a profile, its breakdown. The result
     * tables are vacuumed first, untimed, as autovacuum would have done between two nightly runs:
     * back-to-back runs would otherwise each start on the previous run's dead rows.
     */
    private double run(Launch launch, JfrProfile profile) throws Exception {
        jdbc.execute("vacuum (analyze) evaluation_result, evaluation_run, economy_estimate");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long jvmCpu = os.getProcessCpuTime();
        double dbCpu = PostgresCpu.seconds(postmaster);
        long start = System.nanoTime();
        JobProgress end;
        long maxHeap;
        try (HeapSampler heap = new HeapSampler(false)) {
            end = jobs.await(launch.start(), Duration.ofHours(1));
            maxHeap = heap.maxUsed();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (!end.completed()) {
            throw new IllegalStateException("execution " + end.id() + " ended " + end.status());
        }
        System.out.printf(Locale.ROOT, "%s %6.2f s  (JVM CPU %5.1f s, PostgreSQL CPU %5.1f s, max heap %4d MB,"
                        + " load before %.1f)%n", profile == null ? "run " : "profiled run", wall,
                (os.getProcessCpuTime() - jvmCpu) / 1e9, PostgresCpu.seconds(postmaster) - dbCpu, maxHeap >> 20, load);
        if (profile != null) {
            System.out.print(profile.summary());
        }
        return wall;
    }

    private void describeResults() {
        System.out.printf(Locale.ROOT, "results: %,d rows (%,d projects with results), statistics %.0f bytes on average,"
                        + " table with indexes %,d MB%n", count("select count(*) from evaluation_result"),
                count("select count(distinct project_id) from evaluation_result"),
                jdbc.queryForObject("select avg(length(statistics::text)) from evaluation_result", Double.class),
                count("select pg_total_relation_size('evaluation_result')") >> 20);
    }

    /** The evaluation of one project after an import, as the import triggers it, many times. */
    private void single(long project, int repetitions) {
        System.out.printf("%n== one project (%d participants) after an import ==%n",
                count("select count(*) from participant where project_id = " + project));
        JobRepository repository = context.getBean(JobRepository.class);
        double[] toCompleted = new double[repetitions];
        double[] awaited = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            LocalDateTime launched = LocalDateTime.now();
            long start = System.nanoTime();
            long id = launches.evaluateAsSystem(new long[] {project}, "IMPORT");
            JobProgress end = jobs.await(id, Duration.ofMinutes(1));
            awaited[i] = (System.nanoTime() - start) / 1e9;
            JobExecution execution = repository.getJobExecution(id);
            toCompleted[i] = Duration.between(launched, execution.getEndTime()).toNanos() / 1e9;
            if (!end.completed()) {
                throw new IllegalStateException("execution " + id + " ended " + end.status());
            }
        }
        System.out.println(summary("launch -> COMPLETED (end time recorded)", toCompleted));
        System.out.println(summary("launch -> await returns (polls every 50 ms)", awaited));
    }

    private static String summary(String name, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return String.format(Locale.ROOT, "%s: median %.3f s, min %.3f s, max %.3f s, n = %d; runs %s", name, median,
                sorted[0], sorted[sorted.length - 1], sorted.length, Arrays.toString(Arrays.stream(seconds)
                        .map(s -> Math.round(s * 1000) / 1000.0).toArray()));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @FunctionalInterface
    private interface Launch {
        long start();
    }
}
