package dk.virkning.batch.report.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.ReportFixture;
import dk.virkning.batch.report.ReportPdf;
import dk.virkning.batch.report.Stats;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ProjectReportTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

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

    ReportFixture fixture;
    long organisation;

    @BeforeEach
    void setUp() {
        fixture = new ReportFixture(jdbc, jobs);
        organisation = fixture.organisation("Ældre Sagen Øst", "NGO");
    }

    @Test
    void summaryStatesTheChangeOfEachScaleWithItsIntervalTheDanishWay() {
        long project = prePostProject();

        String text = render(project, ReportLanguage.DA, Audience.STAFF, "project-da").text();

        Stats who5 = within(project, "WHO5");
        assertThat(who5.number("mean_change")).isPositive();
        assertThat(text).contains("Trivsel (WHO-5) steg i gennemsnit " + danish(who5.number("mean_change"))
                + " point (95% CI " + danish(who5.low("ci_change")) + " til " + danish(who5.high("ci_change"))
                + ") blandt " + who5.integer("n") + " deltagere, der besvarede både før og efter. Det er en forbedring.");
        Stats tils = within(project, "TILS");
        assertThat(tils.number("mean_change")).isNegative();
        assertThat(text).contains("Ensomhed (T-ILS) faldt i gennemsnit " + danish(-tils.number("mean_change"))
                + " point (95% CI " + danish(-tils.high("ci_change")) + " til " + danish(-tils.low("ci_change"))
                + ") blandt " + tils.integer("n") + " deltagere, der besvarede både før og efter. Det er en forbedring.");
        assertThat(compact(text)).contains(compact("Ændring (95% CI) " + danish(who5.number("mean_change")) + " ("
                + danish(who5.low("ci_change")) + " til " + danish(who5.high("ci_change")) + ")"));
        assertThat(text).contains("Deltagerflow", "Trivselsøkonomi", "Metode", "Undergrupper");
    }

    @Test
    void aProjectWithAFollowUpShowsItsTrajectoryAndHowMuchOfTheChangeRemained() {
        long project = prePostProject();
        String da = compact(render(project, ReportLanguage.DA, Audience.STAFF, "project-trajectory-da").text());
        Stats waves = result(project, "WHO5", "ALL", "ALL", "WAVES");
        assertThat(waves.fields().get("waves")).hasSize(2);
        assertThat(da).contains(compact("Forløb over alle målinger"), compact("Holder effekten?"));
        for (tools.jackson.databind.JsonNode node : waves.fields().get("waves")) {
            Stats wave = new Stats(node);
            assertThat(da).contains(compact(node.get("wave").asString() + " " + wave.integer("n") + " "
                    + shown(wave.number("change")) + " (" + shown(wave.low("ci")) + " til " + shown(wave.high("ci")) + ")"));
        }
        Stats retention = new Stats(waves.fields().get("retention"));
        assertThat(da).contains(compact("Fra post til opfølgning flyttede ændringen fra baseline sig "
                + shown(retention.number("difference")) + " point (95% CI " + shown(retention.low("ci")) + " til "
                + shown(retention.high("ci")) + ";"));
        assertThat(retention.number("share_retained")).isNotNull();
        assertThat(da).contains(compact("Ved opfølgning var " + Math.round(100 * retention.number("share_retained"))
                + " % af ændringen ved post tilbage (95% CI " + Math.round(100 * retention.low("share_retained_ci"))
                + " % til " + Math.round(100 * retention.high("share_retained_ci")) + " %)"));

        String en = compact(render(project, ReportLanguage.EN, Audience.STAFF, "project-trajectory-en").text());
        assertThat(en).contains(compact("Trajectory over all waves"), compact("Does the effect last?"),
                compact("From post to opfølgning the change from baseline moved by "
                        + english(retention.number("difference"))));
        String funder = compact(render(project, ReportLanguage.DA, Audience.FUNDER, "project-trajectory-funder").text());
        assertThat(funder).contains(compact("Forløb over alle målinger"));
    }

    @Test
    void englishEditionUsesEnglishWordsAndNumbers() {
        long project = prePostProject();

        String text = render(project, ReportLanguage.EN, Audience.STAFF, "project-en").text();

        Stats who5 = within(project, "WHO5");
        assertThat(text).contains("Well-being (WHO-5) rose by an average of " + english(who5.number("mean_change"))
                + " points (95% CI " + english(who5.low("ci_change")) + " to " + english(who5.high("ci_change"))
                + ") among " + who5.integer("n") + " participants who answered both before and after.");
        Stats tils = within(project, "TILS");
        assertThat(text).contains("Loneliness (T-ILS) fell by an average of " + english(-tils.number("mean_change")))
                .contains("This is an improvement.")
                .doesNotContain("Sammenfatning", "deltagere");
    }

    @Test
    void fontsAreEmbeddedAndTitleAuthorAndLanguageAreSet() {
        long project = prePostProject();

        ReportPdf pdf = render(project, ReportLanguage.DA, Audience.STAFF, "metadata");

        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font).contains("LiberationSans").endsWith(" embedded"));
        assertThat(pdf.info("Title")).isEqualTo("Evalueringsrapport: Besøgsvenner på Østerbro");
        assertThat(pdf.info("Author")).isEqualTo("Ældre Sagen Øst");
        assertThat(pdf.language()).isEqualTo("da-DK");
        assertThat(pdf.text()).contains("Side 1 af ", "Genereret 20. november 2025", "æ", "ø", "å");
        assertThat(render(project, ReportLanguage.EN, Audience.STAFF, "metadata-en").language()).isEqualTo("en-GB");
    }

    @Test
    void controlledDesignLeadsWithTheAdjustedDifferenceToTheControlGroup() {
        long project = fixture.project(organisation, "Læsegruppe mod ensomhed", "RCT", List.of("WHO5", "TILS"), 90, 0.5,
                14, ReportFixture.waves("baseline", 0, "post", 120));
        fixture.evaluate(project);

        String text = render(project, ReportLanguage.DA, Audience.STAFF, "controlled-da").text();

        Stats between = result(project, "WHO5", "ALL", "ALL", "BETWEEN");
        double difference = between.number("ancova_diff");
        String interval = difference >= 0
                ? danish(between.low("ancova_ci")) + " til " + danish(between.high("ancova_ci"))
                : danish(-between.high("ancova_ci")) + " til " + danish(-between.low("ancova_ci"));
        assertThat(text).contains("Trivsel (WHO-5): Justeret for udgangsniveauet var ændringen "
                + danish(Math.abs(difference)) + " point " + (difference >= 0 ? "større" : "mindre")
                + " i indsatsgruppen end i kontrolgruppen (95% CI " + interval + ";");
        boolean excludesZero = between.low("ancova_ci") > 0 || between.high("ancova_ci") < 0;
        assertThat(text).contains(excludesZero ? "Intervallet omfatter ikke nul, så forskellen skyldes næppe tilfældigheder."
                : "Intervallet omfatter nul, så forskellen kan skyldes tilfældigheder.");
        assertThat(text.indexOf("Justeret for udgangsniveauet")).isLessThan(text.indexOf("Trivsel (WHO-5) steg"));
        assertThat(text).contains("Sammenligning med kontrolgruppen", "ANCOVA-forskel (95% CI)");
        assertThat(compact(text)).contains(compact("ANCOVA-forskel (95% CI) " + danish(difference) + " ("
                + danish(between.low("ancova_ci")) + " til " + danish(between.high("ancova_ci")) + ")"));
    }

    @Test
    void aLongProjectNameWrapsWholeOnTheCoverAndIsShortenedInTheFooter() {
        String title = "Besøgsvenner og fællesspisning for ældre medborgere i landdistrikterne på Sydfyn, Ærø, Langeland"
                + " og Tåsinge – et partnerskab mellem frivillige, kommunen og lokale foreninger (2025-2027)";
        long project = fixture.project(organisation, title, "PRE_POST", List.of("WHO5"), 30, 0.4, 12,
                ReportFixture.waves("baseline", 0, "post", 90));
        fixture.evaluate(project);

        ReportPdf pdf = render(project, ReportLanguage.DA, Audience.STAFF, "long-title");

        assertThat(pdf.pageText(1)).contains(title);
        assertThat(pdf.pageText(2)).contains("Evalueringsrapport: Besøgsvenner og fællesspisning")
                .contains("…").doesNotContain("(2025-2027)");
    }

    @Test
    void funderEditionShowsNoNumberForCellsOfFewerThanFive() {
        long project = fixture.project(organisation, "Lille pilotprojekt", "PRE_POST", List.of("WHO5", "TILS"), 4, 0.5,
                21, ReportFixture.waves("baseline", 0, "post", 60));
        fixture.evaluate(project);
        Stats who5 = within(project, "WHO5");
        assertThat(who5.integer("n")).isLessThan(5);

        String staff = render(project, ReportLanguage.DA, Audience.STAFF, "small-staff").text();
        String funder = render(project, ReportLanguage.DA, Audience.FUNDER, "small-funder").text();

        String change = danish(Math.abs(who5.number("mean_change"))) + " point (95% CI";
        assertThat(staff).contains(change);
        assertThat(funder).doesNotContain(change)
                .contains("Trivsel (WHO-5): færre end 5 deltagere besvarede både før og efter, så resultatet vises ikke.")
                .contains("<5")
                .doesNotContainPattern("\\bn = [1-4]\\b")
                .doesNotContain(danish(who5.number("mean_pre")) + " (" + danish(who5.number("sd_pre")) + ")");
    }

    @Test
    void funderEditionOfALargerProjectHidesOnlyTheSmallSubgroups() {
        long project = prePostProject();

        String funder = render(project, ReportLanguage.DA, Audience.FUNDER, "project-funder").text();

        assertThat(funder).contains("Udgave til bevillingsgiver", "Trivsel (WHO-5) steg i gennemsnit");
        List<String> smallGroups = jdbc.queryForList("""
                select subgroup_value from evaluation_result
                 where project_id = ? and analysis = 'WITHIN' and subgroup_type = 'GENDER' and n < 5""", String.class, project);
        for (String group : smallGroups) {
            assertThat(compact(funder)).contains(compact("Køn " + new ReportText(ReportLanguage.DA).get("gender." + group)
                    + " <5 – – –"));
        }
    }

    private long prePostProject() {
        long project = fixture.project(organisation, "Besøgsvenner på Østerbro", "PRE_POST",
                List.of("WHO5", "TILS", "LIFE_SAT"), 70, 0.45, 11,
                ReportFixture.waves("baseline", 0, "post", 91, "opfølgning", 182));
        fixture.evaluate(project);
        return project;
    }

    private ReportPdf render(long project, ReportLanguage language, Audience audience, String name) {
        byte[] bytes = new ProjectReportRenderer(catalog, valuationSets)
                .render(loader.load(project, organisationOf(project), audience), language, audience, TODAY);
        String directory = System.getenv("VIRKNING_REPORT_OUT");
        if (directory != null) {
            try {
                Files.write(Path.of(directory, name + ".pdf"), bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ReportPdf(bytes);
    }

    private long organisationOf(long project) {
        return jdbc.queryForObject("select organisation_id from project where id = ?", Long.class, project);
    }

    private Stats within(long project, String instrument) {
        return result(project, instrument, "ALL", "ALL", "WITHIN");
    }

    private Stats result(long project, String instrument, String type, String value, String analysis) {
        return Stats.parse(jdbc.queryForObject("""
                select r.statistics::text from evaluation_result r join wave w on w.id = r.later_wave_id
                 where r.project_id = ? and r.instrument = ? and r.subgroup_type = ? and r.subgroup_value = ?
                   and r.analysis = ?
                 order by w.offset_days limit 1""", String.class, project, instrument, type, value, analysis));
    }

    /** As the report shows a number: without the sign of a negative that rounds to zero. */
    private static String shown(double value) {
        return danish(value).replaceFirst("^-(0,0)$", "$1");
    }

    private static String danish(double value) {
        return String.format(DANISH, "%.1f", value).replace('\u2212', '-');
    }

    /** Table cells come out of the PDF without spaces between them; compare without any white space. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u00a0]", "");
    }

    private static String english(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }
}
