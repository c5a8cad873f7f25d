package dk.virkning.batch.report;

import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.instrument.Direction;
import dk.virkning.stats.instrument.Instrument;

/**
 * An instrument as a report names and reads it: its short name ("Trivsel (WHO-5)"), full name,
 * and direction, so that a change is called an improvement or a deterioration by what it means,
 * never by its sign alone (docs/methods.md, conventions).
 */
public record InstrumentView(Instrument instrument, String shortName, String name) {

    public static InstrumentView of(Instrument instrument, ReportText text) {
        String name = instrument.name().in(text.language().locale());
        return new InstrumentView(instrument, text.getOrDefault("instrument." + instrument.id() + ".short", name), name);
    }

    public String id() {
        return instrument.id();
    }

    public boolean higherIsBetter() {
        return instrument.direction() == Direction.HIGHER_IS_BETTER;
    }

    /** A change (post − pre) signed so that positive is an improvement. */
    public Double improvement(Double change) {
        return change == null ? null : higherIsBetter() ? change : -change;
    }

    public double mic() {
        return instrument.minimalImportantChange().points();
    }

    /** The minimal important change with its unit: whole points as whole numbers, otherwise with one decimal. */
    public String micText(ReportText text) {
        double mic = mic();
        return text.points(mic, mic == Math.rint(mic) ? 0 : decimals());
    }

    /** Scores are shown with one decimal on every scale. */
    public int decimals() {
        return 1;
    }
}
