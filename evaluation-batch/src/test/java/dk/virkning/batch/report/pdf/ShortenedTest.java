package dk.virkning.batch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenedTest {

    @Test
    void keepsATextThatFitsAndCutsOneThatDoesNotToEndInAnEllipsis() {
        // one unit per character
        assertThat(Shortened.toWidth("Værket", 6, String::length)).isEqualTo("Værket");
        assertThat(Shortened.toWidth("Besøgsvenner på Østerbro", 10, String::length)).isEqualTo("Besøgsven…");
        assertThat(Shortened.toWidth("Læse gruppe", 6, String::length)).isEqualTo("Læse…"); // no space before "…"
    }
}
