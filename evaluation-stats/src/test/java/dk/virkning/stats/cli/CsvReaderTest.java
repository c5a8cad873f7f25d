package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsEmptyCellsAndCrlfKeepingLineNumbers() throws BadInputException {
        CsvReader reader = new CsvReader("\uFEFFa,b,c\r\n\"x, \"\"y\"\"\",,3\r\n\r\n\"multi\nline\",2,\n4,5,6");
        assertThat(fields(reader)).containsExactly("a", "b", "c");
        assertThat(fields(reader)).containsExactly("x, \"y\"", "", "3");
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.number(1)).isNaN();
        assertThat(reader.number(2)).isEqualTo(3.0);
        assertThat(reader.number(0)).isNull();
        assertThat(fields(reader)).containsExactly("multi\nline", "2", "");
        assertThat(reader.recordLine()).isEqualTo(4);
        assertThat(fields(reader)).containsExactly("4", "5", "6");
        assertThat(reader.recordLine()).isEqualTo(6);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void comparesAFieldWithTheBytesOfAnEarlierOne() throws BadInputException {
        CsvReader reader = new CsvReader("g,x\nPRJ1,1\nPRJ1,2\n\"PRJ1\",3\nPRJ2,4\n");
        reader.next();
        reader.next();
        byte[] first = reader.bytes(0);
        reader.next();
        assertThat(reader.sameText(0, first)).isTrue();
        reader.next();
        assertThat(reader.sameText(0, first)).isTrue();
        reader.next();
        assertThat(reader.sameText(0, first)).isFalse();
    }

    @Test
    void rejectsAnUnclosedQuote() throws BadInputException {
        CsvReader reader = new CsvReader("a,b\n\"open,2\n");
        reader.next();
        assertThatThrownBy(reader::next).isInstanceOf(BadInputException.class).hasMessageContaining("line 2");
    }

    private static String[] fields(CsvReader reader) throws BadInputException {
        assertThat(reader.next()).isTrue();
        String[] fields = new String[reader.fieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = reader.text(i);
        }
        return fields;
    }
}
