package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsEmptyCellsAndCrlfKeepingLineNumbers() throws BadInputException {
        CsvReader reader = new CsvReader("\uFEFFa,b,c\r\n\"x, \"\"y\"\"\",,3\r\n\r\n\"multi\nline\",2,\n4,5,6");
        assertThat(reader.next()).containsExactly("a", "b", "c");
        assertThat(reader.next()).containsExactly("x, \"y\"", "", "3");
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("multi\nline", "2", "");
        assertThat(reader.recordLine()).isEqualTo(4);
        assertThat(reader.next()).containsExactly("4", "5", "6");
        assertThat(reader.recordLine()).isEqualTo(6);
        assertThat(reader.next()).isNull();
    }

    @Test
    void rejectsAnUnclosedQuote() throws BadInputException {
        CsvReader reader = new CsvReader("a,b\n\"open,2\n");
        reader.next();
        assertThatThrownBy(reader::next).isInstanceOf(BadInputException.class).hasMessageContaining("line 2");
    }
}
