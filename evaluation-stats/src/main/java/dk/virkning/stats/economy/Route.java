package dk.virkning.stats.economy;

/** Which measured effect the well-being value comes from (docs/methods.md §7.2). */
public enum Route {
    /** Route A: life satisfaction (LIFE_SAT, 0-10) was measured; its net change is the effect. */
    LIFE_SATISFACTION,
    /** Route B: only loneliness (T-ILS) was measured; net persons leaving caseness × the life-satisfaction gap. */
    LONELINESS_CASENESS,
    /** WHO-5 change × the set's documented WHO-5 → life-satisfaction mapping (absent from DK-2026.1). */
    WHO5_MAPPING,
    /** Not valued; the estimate says why. */
    NONE
}
