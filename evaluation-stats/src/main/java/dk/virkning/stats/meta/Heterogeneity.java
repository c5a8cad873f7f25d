package dk.virkning.stats.meta;

import dk.virkning.stats.distribution.CentralDistributions;

/**
 * Cochran's Q with fixed-effect weights uᵢ = 1/vᵢ, its p-value, and the trace of metafor's P matrix,
 * Σuᵢ − Σuᵢ²/Σuᵢ, from which DerSimonian–Laird's τ² and the typical within-study variance of I²
 * follow.
 */
record Heterogeneity(double q, double qP, double traceP, int k) {

    static Heterogeneity of(double[] yi, double[] vi) {
        int k = yi.length;
        double sumU = 0;
        double sumU2 = 0;
        double sumUy = 0;
        for (int i = 0; i < k; i++) {
            double u = 1 / vi[i];
            sumU += u;
            sumU2 += u * u;
            sumUy += u * yi[i];
        }
        double fixedEstimate = sumUy / sumU;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double r = yi[i] - fixedEstimate;
            q += r * r / vi[i];
        }
        if (k == 1) {
            return new Heterogeneity(0.0, 1.0, sumU - sumU2 / sumU, k);
        }
        q = Math.max(0.0, q);
        return new Heterogeneity(q, CentralDistributions.chiSquaredUpper(q, k - 1), sumU - sumU2 / sumU, k);
    }

    /** ṽ = (k − 1) / tr(P), metafor's default (i2def "1"). */
    double typicalVariance() {
        return (k - 1) / traceP;
    }
}
