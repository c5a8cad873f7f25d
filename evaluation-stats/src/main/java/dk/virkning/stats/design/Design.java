package dk.virkning.stats.design;

/**
 * A project's evaluation design, from weakest to strongest evidence (docs/domain.md). The one
 * design type of the platform: the registry validates projects by it and the statistics and the
 * economy choose their analysis by it.
 */
public enum Design {
    POST_ONLY,
    PRE_POST,
    PRE_POST_CONTROL,
    RCT;

    /** Whether participants are measured before the intervention, which needs a baseline and a later wave. */
    public boolean hasPreMeasurement() {
        return this != POST_ONLY;
    }

    /** Whether the design has a comparison group, i.e. participants may be registered in the CONTROL arm. */
    public boolean hasControlGroup() {
        return this == PRE_POST_CONTROL || this == RCT;
    }
}
