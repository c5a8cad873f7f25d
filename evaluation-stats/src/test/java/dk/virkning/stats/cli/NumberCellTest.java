package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberCellTest {

    @Test
    void readsIntegersDecimalsSignsAndExponents() {
        assertThat(NumberCell.parse("48")).isEqualTo(48.0);
        assertThat(NumberCell.parse(" -2.5 ")).isEqualTo(-2.5);
        assertThat(NumberCell.parse("+0.125")).isEqualTo(0.125);
        assertThat(NumberCell.parse(".5")).isEqualTo(0.5);
        assertThat(NumberCell.parse("1.")).isEqualTo(1.0);
        assertThat(NumberCell.parse("1e-3")).isEqualTo(0.001);
        assertThat(NumberCell.parse("2.5E+2")).isEqualTo(250.0);
        assertThat(NumberCell.parse("0.1234567890123456789")).isEqualTo(0.1234567890123456789);
    }

    @Test
    void readsAnEmptyCellAsMissing() {
        assertThat(NumberCell.parse("")).isNaN();
        assertThat(NumberCell.parse("  ")).isNaN();
    }

    @Test
    void rejectsWhatIsNotAPlainNumber() {
        for (String cell : new String[] {"abc", "NA", "NaN", "Inf", "-Infinity", "1,5", "0x10", "5d", "1e", "e5", ".",
                "-", "1.2.3", "1e400"}) {
            assertThat(NumberCell.parse(cell)).as(cell).isNull();
        }
    }

    @Test
    void givesTheNearestDoubleLikeParseDouble() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String s = String.format(java.util.Locale.ROOT, "%." + random.nextInt(6) + "f",
                    (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7)));
            assertThat(NumberCell.parse(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }
}
