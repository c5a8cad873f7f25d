package dk.virkning.stats.meta;

/** Estimator of the between-study variance τ². */
public enum Tau2Method {
    /** Restricted maximum likelihood by Fisher scoring (Viechtbauer 2005), metafor's default. */
    REML,
    /** DerSimonian and Laird's (1986) method-of-moments estimator. */
    DL
}
