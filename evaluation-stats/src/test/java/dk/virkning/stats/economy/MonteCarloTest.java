package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final MonteCarloSettings SEED_1 = new MonteCarloSettings(1L, 10_000);

    @Test
    void theSameSeedGivesTheSameIntervals() {
        EconomyEstimate first = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(), SEED_1);
        EconomyEstimate second = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(), SEED_1);

        assertThat(second.monteCarlo()).isEqualTo(first.monteCarlo());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherDrawsButRecordsItsSeed() {
        EconomyEstimate first = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(), SEED_1);
        EconomyEstimate other = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(),
                new MonteCarloSettings(2L, 10_000));

        assertThat(other.monteCarlo().of(Output.WELLBYS)).isNotEqualTo(first.monteCarlo().of(Output.WELLBYS));
        assertThat(other.monteCarlo().seed()).isEqualTo(2L);
        assertThat(other.monteCarlo().draws()).isEqualTo(10_000);
    }

    @Test
    void symmetricInputsCentreTheDrawsOnThePointEstimate() {
        ProjectEvidence evidence = new ProjectEvidence(Design.RCT, 50, 50, 500_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(50, 1.0, 2.0), new GroupChange(50, 0.2, 2.0), null, false,
                        false),
                new CasenessEstimate("TILS", new CasenessChange(50, 15, 3), new CasenessChange(50, 8, 4), null, false, false),
                null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.symmetric(), SEED_1);

        for (Output output : new Output[] {Output.WELLBYS, Output.WELLBEING_VALUE_DKK, Output.BUDGET_TOTAL_DKK,
                Output.SOCIAL_VALUE_DKK, Output.SOCIAL_RETURN_RATIO}) {
            double point = output.of(estimate.point());
            OutputDistribution interval = estimate.monteCarlo().of(output);
            // Monte Carlo error of the mean ≈ sd/√draws, sd ≈ (97.5 % − 2.5 %)/3.92; the median's is 1.25 times that
            double monteCarloError = (interval.upper() - interval.lower()) / 3.92 / Math.sqrt(10_000);
            assertThat(interval.mean()).as(output + " mean").isCloseTo(point, within(4 * monteCarloError));
            assertThat(interval.median()).as(output + " median").isCloseTo(point, within(5 * monteCarloError));
            assertThat(interval.lower()).as(output + " lower").isLessThan(point);
            assertThat(interval.upper()).as(output + " upper").isGreaterThan(point);
        }
    }

    @Test
    void aCostAtTheCentreOfASymmetricValueIsExceededInHalfTheDraws() {
        ProjectEvidence atCentre = symmetricLifeSatisfaction(null);
        double centre = EconomyModel.estimate(atCentre, TestSets.symmetric(), SEED_1).point().socialValueDkk();

        MonteCarloSummary even = EconomyModel.estimate(symmetricLifeSatisfaction(centre), TestSets.symmetric(),
                SEED_1).monteCarlo();
        MonteCarloSummary cheap = EconomyModel.estimate(symmetricLifeSatisfaction(centre / 4), TestSets.symmetric(),
                SEED_1).monteCarlo();

        // the share of 10,000 draws has a binomial error of at most 0.005
        assertThat(even.socialValueExceedsCost()).isCloseTo(0.5, within(0.02));
        assertThat(even.wellbeingValueExceedsCost()).isEqualTo(even.socialValueExceedsCost());
        assertThat(cheap.socialValueExceedsCost()).isGreaterThan(0.9);
        assertThat(EconomyModel.estimate(atCentre, TestSets.symmetric(), SEED_1).monteCarlo().socialValueExceedsCost())
                .isNull();
    }

    /** Only a life-satisfaction change: the social value is the well-being value, symmetric in the draws. */
    private static ProjectEvidence symmetricLifeSatisfaction(Double cost) {
        return new ProjectEvidence(Design.RCT, 50, 50, cost,
                new ChangeEstimate("LIFE_SAT", new GroupChange(50, 1.0, 2.0), new GroupChange(50, 0.2, 2.0), null, false,
                        false), null, null);
    }

    @Test
    void theIntervalWidensWithTheEffectsStandardError() {
        // both value 10 completers (intention to treat), so only the effect's SE differs
        ProjectEvidence precise = new ProjectEvidence(Design.PRE_POST, 10, 10, 400_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(400, 0.8, 2.0), null, null, false, false), null, null);
        ProjectEvidence noisy = new ProjectEvidence(Design.PRE_POST, 10, 10, 400_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(10, 0.8, 2.0), null, null, false, false), null, null);

        OutputDistribution narrow = EconomyModel.estimate(precise, TestSets.dk2026(), SEED_1).monteCarlo().of(Output.WELLBYS);
        OutputDistribution wide = EconomyModel.estimate(noisy, TestSets.dk2026(), SEED_1).monteCarlo().of(Output.WELLBYS);

        assertThat(wide.upper() - wide.lower()).isGreaterThan(2 * (narrow.upper() - narrow.lower()));
    }

    @Test
    void costPerWellbyIsTheCostOverTheWellbyPercentiles() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(), SEED_1);
        OutputDistribution wellbys = estimate.monteCarlo().of(Output.WELLBYS);
        OutputDistribution costPerWellby = estimate.monteCarlo().of(Output.COST_PER_WELLBY_DKK);

        assertThat(wellbys.lower()).isPositive();
        assertThat(costPerWellby.median()).isEqualTo(400_000 / wellbys.median());
        assertThat(costPerWellby.lower()).isEqualTo(400_000 / wellbys.upper());
        assertThat(costPerWellby.upper()).isEqualTo(400_000 / wellbys.lower());
        assertThat(costPerWellby.mean()).isNull();
    }

    @Test
    void costPerWellbyIsUnboundedWhenTheWellbysMayBeNegative() {
        ProjectEvidence uncertain = new ProjectEvidence(Design.PRE_POST, 40, 40, 400_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(5, 0.3, 3.0), null, null, false, false), null, null);

        OutputDistribution costPerWellby = EconomyModel.estimate(uncertain, TestSets.dk2026(), SEED_1).monteCarlo()
                .of(Output.COST_PER_WELLBY_DKK);

        assertThat(costPerWellby.upper()).isNull();
        assertThat(costPerWellby.lower()).isPositive();
    }

    @Test
    void fixedOutputsHaveADegenerateInterval() {
        OutputDistribution perParticipant = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(), SEED_1)
                .monteCarlo().of(Output.COST_PER_PARTICIPANT_DKK);

        assertThat(perParticipant).isEqualTo(new OutputDistribution(10_000.0, 10_000.0, 10_000.0, 10_000.0, 0.0, 0.0));
    }

    @Test
    void refusesFewerThanTenThousandDraws() {
        assertThatThrownBy(() -> new MonteCarloSettings(1L, 9_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draws must be at least 10000, got 9999");
    }

    @Test
    void theMonteCarloErrorOfABoundIsTheSpreadOfThatBoundOverSeeds() {
        int seeds = 50;
        double[] lower = new double[seeds];
        double[] upper = new double[seeds];
        double lowerError = 0;
        double upperError = 0;
        for (int s = 0; s < seeds; s++) {
            OutputDistribution d = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(),
                    // seeds far apart: runs from neighbouring seeds spread visibly less than independent runs
                    new MonteCarloSettings(100L + 7919L * s, 10_000)).monteCarlo().of(Output.DKK_PER_WELLBY);
            lower[s] = d.lower();
            upper[s] = d.upper();
            lowerError += d.lowerError() / seeds;
            upperError += d.upperError() / seeds;
        }
        double lowerSpread = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(lower);
        double upperSpread = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(upper);

        // with 50 seeds the SD itself is known to about ±10 %; the order-statistic error is an approximation
        assertThat(lowerError / lowerSpread).isBetween(0.7, 1.4);
        assertThat(upperError / upperSpread).isBetween(0.7, 1.4);
    }

    @Test
    void aBoundIsStableToTwoFiguresWhenItsErrorIsWithinHalfAUnitOfTheSecond() {
        // 1,234: the second figure is the hundreds, half a unit is 50, and 1.96 × 25 = 49 is within it
        assertThat(new OutputDistribution(0.0, 0.0, 1234.0, 5678.0, 25.0, 25.0).stableToTwoFigures()).isTrue();
        assertThat(new OutputDistribution(0.0, 0.0, 1234.0, 5678.0, 26.0, 25.0).stableToTwoFigures()).isFalse();
        assertThat(new OutputDistribution(0.0, 0.0, -0.0123, 5678.0, 0.0002, 25.0).stableToTwoFigures()).isTrue();
        assertThat(new OutputDistribution(0.0, 0.0, 1.0, 2.0).stableToTwoFigures()).isNull();
    }

    @Test
    void fourTimesTheDrawsHalveTheErrorOfABoundAndTheFlagSaysWhenTwoFiguresAreNotYetStable() {
        OutputDistribution standard = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(),
                MonteCarloSettings.DEFAULT).monteCarlo().of(Output.WELLBYS);
        OutputDistribution more = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026(),
                new MonteCarloSettings(MonteCarloSettings.DEFAULT_SEED, 40_000)).monteCarlo().of(Output.WELLBYS);

        // an error estimated from one run is itself uncertain by some 15 %, so 0.5 is looked for within 0.3-0.75
        assertThat(more.upperError() / standard.upperError()).isBetween(0.3, 0.75);
        assertThat(more.lowerError() / standard.lowerError()).isBetween(0.3, 0.75);
        // the lower bound lies near zero: its error is of the order of the bound itself
        assertThat(standard.lowerError()).isGreaterThan(0.1 * Math.abs(standard.lower()));
        assertThat(standard.stableToTwoFigures()).isFalse();
    }
}
