package dk.virkning.api.report;

import java.io.IOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text a reader of a PDF sees, page after page, with every run of white space (and no-break space) as one space. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("[\\s\\u00a0]+", " ");
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF", e);
        }
    }
}
