package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.stats.cli.ReferenceCasesTest.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCliTest {

    private static final String GROUPED_PAIRED = """
            project,participant,pre,post
            B,P1,40,52
            A,P2,36,40
            B,P3,60,64
            A,P4,44,40
            C,P5,20,32
            A,P6,,48
            B,P7,28,44
            A,P8,52,68
            C,P9,24,24
            C,P10,32,44
            """;

    @Test
    void groupedModeEqualsSeparateRunsInOrderOfFirstAppearance() {
        CliRun grouped = run("paired", "--input", "-", "--by", "project", "--cutoff", "40").withInput(GROUPED_PAIRED);
        assertThat(grouped.status()).isZero();
        List<String> lines = grouped.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        Map<String, String> separate = separateFiles(GROUPED_PAIRED);
        assertThat(separate.keySet()).containsExactly("B", "A", "C");
        int i = 0;
        for (Map.Entry<String, String> group : separate.entrySet()) {
            CliRun alone = run("paired", "--input", "-", "--cutoff", "40").withInput(group.getValue());
            String expected = "{\"group\":\"" + group.getKey() + "\"," + alone.stdout().strip().substring(1);
            assertThat(lines.get(i++)).isEqualTo(expected);
        }
    }

    @Test
    void groupedControlledAndMetaRunsEqualSeparateRuns() {
        String controlled = """
                participant,group,pre,post,site
                1,intervention,5,7,x
                2,control,6,6,y
                3,intervention,4,6,y
                4,control,5,4,x
                5,intervention,6,9,x
                6,control,7,7,x
                7,intervention,3,6,y
                8,control,6,5,y
                9,intervention,5,5,x
                10,control,4,5,y
                11,control,5,6,x
                12,intervention,6,8,y
                """;
        assertGroupedEqualsSeparate(controlled, "site", "controlled");
        String meta = """
                study,yi,vi,portfolio
                S1,0.3,0.04,p1
                S2,0.1,0.02,p2
                S3,0.5,0.05,p1
                S4,-0.1,0.03,p2
                S5,0.2,0.01,p1
                S6,0.4,0.06,p2
                """;
        assertGroupedEqualsSeparate(meta, "portfolio", "meta", "--method", "DL", "--test", "knha");
    }

    @Test
    void readsAFileAndPrintsOneObjectWithNullsForUndefinedValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.csv");
        Files.writeString(file, "participant,pre,post\r\n\"P 1\",5,6\r\nP2,3,6\r\n");
        CliRun r = run("paired", "--input", file.toString()).withInput("");
        assertThat(r.status()).isZero();
        assertThat(r.stdout()).startsWith("{\"n\":2,\"n_missing\":0,\"mean_pre\":4.0,");
        assertThat(r.stdout()).contains("\"r_pre_post\":null", "\"g_av\":null", "\"cases_pre\":null",
                "\"g_z\":0.0", "\"df\":1.0");
        assertThat(r.stdout()).doesNotContain("NaN", "Infinity");
        assertThat(r.stdout().lines()).hasSize(1);
    }

    @Test
    void rejectsANonNumericCellNamingRowAndColumn() {
        assertBadInput(run("paired", "--input", "-").withInput("participant,pre,post\nP1,5,6\nP2,abc,7\n"),
                "line 3 (data row 2), column \"pre\": not a number: \"abc\"");
    }

    @Test
    void rejectsInputWithoutAHeader() {
        assertBadInput(run("paired", "--input", "-").withInput("P1,5,6\nP2,3,7\n"), "line 1: no header");
        assertBadInput(run("paired", "--input", "-").withInput(""), "line 1: no header");
    }

    @Test
    void rejectsAnUnknownGroupNamingRowAndColumn() {
        assertBadInput(run("controlled", "--input", "-")
                        .withInput("participant,group,pre,post\n1,intervention,5,6\n2,waitlist,4,4\n"),
                "line 3 (data row 2), column \"group\": unknown group \"waitlist\"");
    }

    @Test
    void rejectsARowWithTooFewColumnsNamingTheMissingColumn() {
        assertBadInput(run("paired", "--input", "-").withInput("participant,pre,post\nP1,5,6\nP2,5\n"),
                "line 3 (data row 2), column \"post\": missing");
    }

    @Test
    void rejectsUnknownOptionsCommandsAndMissingInput() {
        assertBadInput(run("paired", "--input", "-", "--method", "DL").withInput("participant,pre,post\n"),
                "unknown option \"--method\" for paired");
        assertBadInput(run("pooled", "--input", "-").withInput(""), "unknown command \"pooled\"");
        assertBadInput(run("meta").withInput(""), "missing --input");
        assertBadInput(run("meta", "--input", "-", "--test", "t").withInput(""), "--test must be z, knha or adhoc");
        assertBadInput(run("paired", "--input", "-", "--by").withInput(""), "option --by needs a value");
        assertBadInput(run("paired", "--input", "-", "--reliability", "1").withInput(""),
                "--reliability must be a number from 0 up to (not including) 1");
        assertBadInput(run("meta", "--input", "-", "--reliability", "0.8").withInput(""),
                "unknown option \"--reliability\" for meta");
        assertBadInput(run("paired", "--input", "-", "--by", "site").withInput("participant,pre,post\nP1,1,2\n"),
                "no column \"site\"");
        assertBadInput(run("paired", "--input", "no-such-file.csv").withInput(""), "cannot read no-such-file.csv");
    }

    @Test
    void rejectsANonPositiveSamplingVariance() {
        assertBadInput(run("meta", "--input", "-").withInput("study,yi,vi\nS1,0.2,0.04\nS2,0.3,0\n"),
                "line 3 (data row 2), column \"vi\"");
    }

    @Test
    void printsUsageOnHelp() {
        CliRun r = run("--help").withInput("");
        assertThat(r.status()).isZero();
        assertThat(r.stdout()).contains("usage:", "--cutoff", "--method REML|DL");
    }

    private static void assertGroupedEqualsSeparate(String csv, String by, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--input", "-"));
        List<String> groupedArgs = new ArrayList<>(args);
        groupedArgs.addAll(List.of("--by", by));
        CliRun grouped = CliRun.of(groupedArgs, csv);
        assertThat(grouped.status()).as(grouped.stderr()).isZero();
        List<String> lines = grouped.stdout().lines().toList();
        Map<String, String> separate = separateFiles(csv, by);
        assertThat(lines).hasSize(separate.size());
        int i = 0;
        for (Map.Entry<String, String> group : separate.entrySet()) {
            CliRun alone = CliRun.of(args, group.getValue());
            assertThat(lines.get(i++))
                    .isEqualTo("{\"group\":\"" + group.getKey() + "\"," + alone.stdout().strip().substring(1));
        }
    }

    private static Map<String, String> separateFiles(String csv) {
        return separateFiles(csv, "project");
    }

    /** Splits a CSV by the values of one column, keeping the header, in order of first appearance. */
    private static Map<String, String> separateFiles(String csv, String column) {
        List<String> lines = csv.lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String key = line.split(",", -1)[index];
            files.computeIfAbsent(key, k -> new StringBuilder(lines.get(0)).append('\n')).append(line).append('\n');
        }
        Map<String, String> result = new LinkedHashMap<>();
        files.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private static void assertBadInput(CliRun r, String message) {
        assertThat(r.status()).isEqualTo(StatsCli.BAD_INPUT);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.stderr()).contains(message);
    }

    private static Invocation run(String... args) {
        return new Invocation(List.of(args));
    }

    private record Invocation(List<String> args) {
        CliRun withInput(String stdin) {
            return CliRun.of(args, stdin);
        }
    }
}
