package dk.virkning.stats.meta;

/**
 * A portfolio's projects pooled by the strength of their design (docs/methods.md, "Pooling a
 * portfolio"): controlled and uncontrolled projects each get their own random-effects estimate, and
 * the difference between them is tested as metafor's {@code rma(yi, vi, mods = ~ design)} does
 * ({@link SubgroupMeta}). They are never pooled into one number: an uncontrolled change includes
 * whatever would have happened anyway, a controlled difference does not, so they estimate different
 * things.
 *
 * <p>The headline is the controlled estimate, and only with at least {@link #MIN_CONTROLLED}
 * controlled projects. Unless the caller asks for a test, Hartung–Knapp with the ad hoc correction
 * is used below {@link #KNHA_BELOW} projects (IntHout, Ioannidis &amp; Borm 2014; Röver, Knapp &amp;
 * Friede 2015), the z test from there on.
 */
public final class PooledByDesign {

    /** Controlled projects needed before their pooled estimate is the headline. */
    public static final int MIN_CONTROLLED = 2;
    /** Below this many projects the default test is {@link MetaTest#ADHOC}. */
    public static final int KNHA_BELOW = 20;

    /** The group names, as {@code virkning-stats meta} prints them for a file with a group column. */
    public static final String CONTROLLED = "controlled";
    public static final String UNCONTROLLED = "uncontrolled";

    private PooledByDesign() {
    }

    /**
     * @param subgroups the two designs pooled apart, with the test of their difference; its
     *                  {@code overall} pools across designs and is not to be reported as an effect
     * @param method    the τ² estimator
     * @param test      the test used (the default for k when none was asked for)
     * @param headline  the controlled estimate when there are enough controlled projects, else {@code null}
     */
    public record Result(SubgroupMeta.Result subgroups, Tau2Method method, MetaTest test, MetaResult headline) {

        /** The controlled projects' own pooled estimate, {@code null} without controlled projects. */
        public MetaResult controlled() {
            return find(CONTROLLED);
        }

        /** The uncontrolled projects' own pooled estimate, {@code null} without uncontrolled projects. */
        public MetaResult uncontrolled() {
            return find(UNCONTROLLED);
        }

        /** The test statistic of the difference between designs (χ² or F), {@code null} unless both exist. */
        public Double qm() {
            return subgroups.qm();
        }

        public Integer qmDf() {
            return subgroups.qmDf();
        }

        /** The denominator degrees of freedom of an F test, else {@code null}. */
        public Integer qmDf2() {
            return subgroups.qmDf2();
        }

        public Double qmP() {
            return subgroups.qmP();
        }

        /** Fewer than {@link #MIN_CONTROLLED} controlled projects: the report says there is not enough to pool. */
        public boolean tooFewControlled() {
            return headline == null;
        }

        private MetaResult find(String name) {
            return subgroups.groups().stream().filter(g -> g.name().equals(name)).map(SubgroupMeta.Group::result)
                    .findFirst().orElse(null);
        }
    }

    /** The default test for k projects. */
    public static MetaTest defaultTest(int k) {
        return k < KNHA_BELOW ? MetaTest.ADHOC : MetaTest.Z;
    }

    /**
     * @param yi         effects, signed so that positive is an improvement
     * @param vi         their sampling variances
     * @param controlled per project: a controlled design (RCT or pre-post with control)
     * @param test       the test, or {@code null} for {@link #defaultTest}
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static Result analyse(double[] yi, double[] vi, boolean[] controlled, Tau2Method method, MetaTest test) {
        if (yi.length != vi.length || yi.length != controlled.length) {
            throw new IllegalArgumentException("yi, vi and controlled differ in length");
        }
        if (yi.length == 0) {
            throw new IllegalArgumentException("no effects to pool");
        }
        MetaTest used = test == null ? defaultTest(yi.length) : test;
        String[] group = new String[yi.length];
        int nControlled = 0;
        for (int i = 0; i < yi.length; i++) {
            group[i] = controlled[i] ? CONTROLLED : UNCONTROLLED;
            nControlled += controlled[i] ? 1 : 0;
        }
        SubgroupMeta.Result subgroups = SubgroupMeta.analyse(yi, vi, group, method, used);
        Result result = new Result(subgroups, method, used, null);
        return nControlled >= MIN_CONTROLLED ? new Result(subgroups, method, used, result.controlled()) : result;
    }
}
