package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.List;

import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.describe.Interval;

/**
 * Plain-language sentences about a result: what changed, for how many, how sure, and whether it
 * is an improvement by the instrument's direction and minimal important change (MIC).
 */
final class EffectWording {

    private final ProjectContext context;
    private final ReportText text;

    EffectWording(ProjectContext context) {
        this.context = context;
        this.text = context.text();
    }

    /**
     * "Trivsel (WHO-5) steg i gennemsnit 12,3 point (95% CI 7,1 til 17,5) blandt 48 deltagere, der
     * besvarede både før og efter. Det er en forbedring. ..."
     */
    List<String> within(InstrumentView instrument, ProjectReportData.Result result) {
        List<String> sentences = new ArrayList<>();
        if (context.hidden(result)) {
            sentences.add(text.get("summary.hidden", instrument.shortName()));
            return sentences;
        }
        WithinGroupStatistics s = result.within();
        Double change = s.paired().meanChange();
        if (change == null) {
            sentences.add(text.get("summary.undefined", instrument.shortName(), text.integer(result.n())));
            return sentences;
        }
        int decimals = instrument.decimals();
        boolean zero = roundsToZero(change, decimals);
        boolean fell = change < 0 && !zero;
        Double low = fell ? negate(Interval.upperOf(s.paired().ciChange())) : Interval.lowerOf(s.paired().ciChange());
        Double high = fell ? negate(Interval.lowerOf(s.paired().ciChange())) : Interval.upperOf(s.paired().ciChange());
        if (zero) {
            sentences.add(text.get("summary.changeNone", instrument.shortName(), text.points(change, decimals),
                    text.interval(low, high, decimals), text.integer(result.n())));
        } else {
            sentences.add(text.get("summary.change", instrument.shortName(),
                    text.get(fell ? "summary.fell" : "summary.rose"), text.points(Math.abs(change), decimals),
                    text.interval(low, high, decimals), text.integer(result.n())));
        }
        double improvement = instrument.improvement(change);
        if (!zero) {
            sentences.add(text.get(improvement > 0 ? "summary.improvement" : "summary.deterioration"));
        }
        Double ciLow = Interval.lowerOf(s.paired().ciChange());
        Double ciHigh = Interval.upperOf(s.paired().ciChange());
        if (ciLow != null && ciHigh != null) {
            boolean excludesZero = ciLow > 0 || ciHigh < 0;
            sentences.add(text.get(excludesZero ? "summary.sure" : "summary.unsure", text.pStatement(s.paired().pT())));
        }
        Double improved = s.importantChange().shareImproved();
        if (improved != null) {
            sentences.add(text.get("summary.mic", context.share(s.importantChange().micImproved(), improved),
                    instrument.micText(text),
                    context.share(s.importantChange().micDeteriorated(), s.importantChange().shareDeteriorated())));
        }
        if (result.caution()) {
            sentences.add(text.get("summary.caution"));
        }
        return sentences;
    }

    /** The controlled comparison: ANCOVA difference and g of the change scores, as the main result. */
    List<String> between(InstrumentView instrument, ProjectReportData.Result result) {
        List<String> sentences = new ArrayList<>();
        if (context.hidden(result)) {
            sentences.add(text.get("controlled.hidden", instrument.shortName()));
            return sentences;
        }
        BetweenGroupStatistics s = result.between();
        Double difference = s.ancovaDiff();
        if (difference == null) {
            sentences.add(text.get("controlled.undefined", instrument.shortName()));
            return sentences;
        }
        int decimals = instrument.decimals();
        String p = text.pStatement(s.ancovaP());
        String nIntervention = text.integer(s.nIntervention());
        String nControl = text.integer(s.nControl());
        if (roundsToZero(difference, decimals)) {
            // "0,0 point smaller ... an improvement" would claim a direction the shown number lacks
            sentences.add(text.get("controlled.summaryNone", instrument.shortName(), text.points(difference, decimals),
                    text.interval(Interval.lowerOf(s.ancovaCi()), Interval.upperOf(s.ancovaCi()), decimals), p, nIntervention, nControl));
        } else {
            boolean lower = difference < 0;
            Double low = lower ? negate(Interval.upperOf(s.ancovaCi())) : Interval.lowerOf(s.ancovaCi());
            Double high = lower ? negate(Interval.lowerOf(s.ancovaCi())) : Interval.upperOf(s.ancovaCi());
            sentences.add(text.get("controlled.summary", instrument.shortName(), text.points(Math.abs(difference), decimals),
                    text.get(lower ? "controlled.lower" : "controlled.higher"), text.interval(low, high, decimals), p,
                    nIntervention, nControl));
            sentences.add(text.get(instrument.improvement(difference) > 0 ? "controlled.improvement"
                    : "controlled.deterioration"));
        }
        Double ciLow = Interval.lowerOf(s.ancovaCi());
        Double ciHigh = Interval.upperOf(s.ancovaCi());
        // no p, no claim: an exact fit with no difference has a zero-width interval at 0
        if (ciLow != null && ciHigh != null && s.ancovaP() != null) {
            sentences.add(text.get(ciLow > 0 || ciHigh < 0 ? "controlled.sure" : "controlled.unsure"));
        }
        Double g = s.gChange();
        if (g != null) {
            sentences.add(text.get("controlled.g", text.withInterval(g, Interval.lowerOf(s.gChangeCi()), Interval.upperOf(s.gChangeCi()), 2)));
        }
        return sentences;
    }

    /** One line: is the change an improvement, is it sure, and is it larger than the MIC? */
    String interpretation(InstrumentView instrument, ProjectReportData.Result result) {
        WithinGroupStatistics s = result.within();
        Double change = s.paired().meanChange();
        Double low = Interval.lowerOf(s.paired().ciChange());
        Double high = Interval.upperOf(s.paired().ciChange());
        String mic = instrument.micText(text);
        if (change == null || low == null || high == null) {
            return text.get("interpretation.undefined");
        }
        double improvementLow = Math.min(instrument.improvement(low), instrument.improvement(high));
        double improvementHigh = Math.max(instrument.improvement(low), instrument.improvement(high));
        double improvement = instrument.improvement(change);
        String size = text.points(Math.abs(change), instrument.decimals());
        if (improvementLow > 0) {
            return text.get(improvement >= instrument.mic() - 1e-9 ? "interpretation.importantImprovement"
                    : "interpretation.smallImprovement", size, mic);
        }
        if (improvementHigh < 0) {
            return text.get("interpretation.deterioration", size, mic);
        }
        return text.get("interpretation.unclear", mic);
    }

    /** Whether the number is shown as zero: then no direction is claimed for it. */
    private boolean roundsToZero(double value, int decimals) {
        return text.number(Math.abs(value), decimals).equals(text.number(0.0, decimals));
    }

    private static Double negate(Double value) {
        return value == null ? null : -value;
    }
}
