package dk.virkning.stats.attrition;

import dk.virkning.stats.inference.TTestResult;

/**
 * Baseline scores of those who completed a later wave against those who did not.
 *
 * @param nCompleters        participants with the later wave
 * @param nNonCompleters     participants without it
 * @param meanCompleters     mean baseline score of completers
 * @param sdCompleters       its standard deviation
 * @param meanNonCompleters  mean baseline score of non-completers
 * @param sdNonCompleters    its standard deviation
 * @param difference         completers minus non-completers
 * @param welch              Welch's t-test of the difference (t, df, p, 95% interval)
 */
public record AttritionResult(int nCompleters, int nNonCompleters,
                              Double meanCompleters, Double sdCompleters,
                              Double meanNonCompleters, Double sdNonCompleters,
                              Double difference, TTestResult welch) {
}
