package dk.virkning.stats.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.distribution.CentralDistributions;

/**
 * A subgroup meta-analysis: every group pooled on its own ({@link RandomEffectsMeta} on the group's
 * studies, each with its own τ̂²), and the test that the groups differ, as metafor 3.8's
 * {@code rma(yi, vi, mods = ~ factor(group), method, test)} computes it: a mixed-effects model with
 * one τ̂² common to all groups, and its omnibus test of the moderators QM.
 *
 * <p>With group indicators as the design matrix (the same column space as intercept and dummies,
 * so the same model), P = W − WX(XᵀWX)⁻¹XᵀW is block-diagonal: each block is the intercept-only
 * P of one group. Hence, with wᵢ = 1/(vᵢ + τ̂²) and μ̂_g = Σ_g wᵢyᵢ / Σ_g wᵢ:
 * <ul>
 *   <li>τ̂² by REML (Fisher scoring as {@link RemlFisherScoring}, on the sums per group) or DL:
 *       max(0, (Q_E − (k − g)) / Σ_g(Σuᵢ − Σuᵢ²/Σuᵢ)) with uᵢ = 1/vᵢ and Q_E the within-group Q;</li>
 *   <li>QM = Σ_g W_g(μ̂_g − μ̂)² with W_g = Σ_g wᵢ and μ̂ = ΣW_gμ̂_g/ΣW_g, on m = g − 1 degrees of
 *       freedom: p from χ²(m) for {@link MetaTest#Z}; for {@link MetaTest#KNHA} and
 *       {@link MetaTest#ADHOC}, QM/(m·s²) with s² = Σwᵢ(yᵢ − μ̂_g)²/(k − g) (ADHOC: at least 1) and
 *       p from F(m, k − g).</li>
 * </ul>
 * QM is undefined ({@code null}) with fewer than two groups, with as many groups as studies, or when
 * REML does not converge (metafor stops with an error then).
 */
public final class SubgroupMeta {

    private SubgroupMeta() {
    }

    /** One group's own pooled estimate. */
    public record Group(String name, MetaResult result) {
    }

    /**
     * @param overall every study pooled together
     * @param groups  each group pooled on its own, in order of first appearance
     * @param qm      the test statistic of the group difference (χ² or F)
     * @param qmDf    its degrees of freedom: m, and k − g for the F test ({@code null} for χ²)
     * @param qmP     its p-value
     */
    public record Result(MetaResult overall, List<Group> groups, Double qm, Integer qmDf, Integer qmDf2, Double qmP) {
    }

    public static Result analyse(double[] yi, double[] vi, String[] group, Tau2Method method, MetaTest test) {
        MetaResult overall = RandomEffectsMeta.analyse(yi, vi, method, test);
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        int[][] indexes = new int[members.size()][];
        int g = 0;
        for (Map.Entry<String, List<Integer>> entry : members.entrySet()) {
            int[] idx = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            indexes[g++] = idx;
            groups.add(new Group(entry.getKey(), RandomEffectsMeta.analyse(pick(yi, idx), pick(vi, idx), method, test)));
        }
        int k = yi.length;
        int m = indexes.length - 1;
        if (m < 1 || k - indexes.length < 1) {
            return new Result(overall, groups, null, null, null, null);
        }
        Double tau2 = method == Tau2Method.REML ? reml(yi, vi, indexes) : derSimonianLaird(yi, vi, indexes);
        if (tau2 == null) {
            return new Result(overall, groups, null, null, null, null);
        }
        double sumW = 0;
        double sumWMu = 0;
        double rss = 0;
        double[] weight = new double[indexes.length];
        double[] mu = new double[indexes.length];
        for (int j = 0; j < indexes.length; j++) {
            double w = 0;
            double wy = 0;
            for (int i : indexes[j]) {
                w += 1 / (vi[i] + tau2);
                wy += yi[i] / (vi[i] + tau2);
            }
            weight[j] = w;
            mu[j] = wy / w;
            for (int i : indexes[j]) {
                double r = yi[i] - mu[j];
                rss += r * r / (vi[i] + tau2);
            }
            sumW += w;
            sumWMu += w * mu[j];
        }
        double pooled = sumWMu / sumW;
        double qm = 0;
        for (int j = 0; j < indexes.length; j++) {
            qm += weight[j] * (mu[j] - pooled) * (mu[j] - pooled);
        }
        if (test == MetaTest.Z) {
            return new Result(overall, groups, qm, m, null, CentralDistributions.chiSquaredUpper(qm, m));
        }
        int df2 = k - indexes.length;
        double s2 = rss <= Math.ulp(1.0) ? 0.0 : rss / df2;
        if (test == MetaTest.ADHOC) {
            s2 = Math.max(1.0, s2);
        }
        if (!(s2 > 0)) {
            return new Result(overall, groups, null, m, df2, null);
        }
        double f = qm / (m * s2);
        return new Result(overall, groups, f, m, df2, CentralDistributions.fUpper(f, m, df2));
    }

    /** REML by Fisher scoring over the block-diagonal P, with metafor's start, steps and checks. */
    private static Double reml(double[] yi, double[] vi, int[][] groups) {
        int k = yi.length;
        int p = groups.length;
        double tau2 = Math.max(0.0, hedges(yi, vi, groups));
        double change = 1e-5 + 1;
        int iteration = 0;
        while (change > 1e-5) {
            iteration++;
            double previous = tau2;
            double traceP = 0;
            double tracePP = 0;
            double yPPy = 0;
            for (int[] members : groups) {
                double sumW = 0;
                double sumW2 = 0;
                double sumW3 = 0;
                double sumWy = 0;
                for (int i : members) {
                    double w = 1 / (vi[i] + tau2);
                    sumW += w;
                    sumW2 += w * w;
                    sumW3 += w * w * w;
                    sumWy += w * yi[i];
                }
                double mu = sumWy / sumW;
                for (int i : members) {
                    double py = (yi[i] - mu) / (vi[i] + tau2);
                    yPPy += py * py;
                }
                traceP += sumW - sumW2 / sumW;
                tracePP += sumW2 - 2 * sumW3 / sumW + (sumW2 / sumW) * (sumW2 / sumW);
            }
            double step = (yPPy - traceP) / tracePP;
            if (Double.isNaN(step)) {
                step = 0;
            }
            while (tau2 + step < 0) {
                step /= 2;
            }
            tau2 += step;
            change = Math.abs(previous - tau2);
            if (iteration > 100) {
                return null;
            }
        }
        if (tau2 > 1e-5 && restrictedLogLikelihood(yi, vi, groups, 0) - restrictedLogLikelihood(yi, vi, groups, tau2)
                > Math.pow(Math.ulp(1.0), 0.25)) {
            tau2 = 0;
        }
        return Math.max(0.0, tau2);
    }

    /** HE with group means: (Σ_g Σ(yᵢ − ȳ_g)² − Σ_g (1 − 1/k_g)Σvᵢ) / (k − g). */
    private static double hedges(double[] yi, double[] vi, int[][] groups) {
        double rss = 0;
        double trace = 0;
        for (int[] members : groups) {
            double mean = 0;
            for (int i : members) {
                mean += yi[i];
            }
            mean /= members.length;
            for (int i : members) {
                rss += (yi[i] - mean) * (yi[i] - mean);
                trace += (1 - 1.0 / members.length) * vi[i];
            }
        }
        return (rss - trace) / (yi.length - groups.length);
    }

    private static double restrictedLogLikelihood(double[] yi, double[] vi, int[][] groups, double tau2) {
        double value = 0;
        for (int[] members : groups) {
            double sumW = 0;
            double sumWy = 0;
            for (int i : members) {
                double w = 1 / (vi[i] + tau2);
                sumW += w;
                sumWy += w * yi[i];
                value -= 0.5 * Math.log(vi[i] + tau2);
            }
            double mu = sumWy / sumW;
            value -= 0.5 * Math.log(sumW);
            for (int i : members) {
                value -= 0.5 * (yi[i] - mu) * (yi[i] - mu) / (vi[i] + tau2);
            }
        }
        return value;
    }

    private static Double derSimonianLaird(double[] yi, double[] vi, int[][] groups) {
        double qe = 0;
        double trace = 0;
        for (int[] members : groups) {
            double sumU = 0;
            double sumU2 = 0;
            double sumUy = 0;
            for (int i : members) {
                double u = 1 / vi[i];
                sumU += u;
                sumU2 += u * u;
                sumUy += u * yi[i];
            }
            double mean = sumUy / sumU;
            for (int i : members) {
                qe += (yi[i] - mean) * (yi[i] - mean) / vi[i];
            }
            trace += sumU - sumU2 / sumU;
        }
        return Math.max(0.0, (qe - (yi.length - groups.length)) / trace);
    }

    private static double[] pick(double[] values, int[] indexes) {
        double[] picked = new double[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked[i] = values[indexes[i]];
        }
        return picked;
    }
}
