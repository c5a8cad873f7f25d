package dk.virkning.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** What a test reads from a rendered PDF with OpenPDF's reader: text, metadata and fonts. */
public final class ReportPdf {

    public final byte[] bytes;
    public final PdfReader reader;

    public ReportPdf(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.reader = new PdfReader(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text, with runs of white space (line breaks included) made single spaces. */
    public String text() {
        StringBuilder all = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    /** One page's text (1-based), white space as in {@link #text()}. */
    public String pageText(int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String info(String key) {
        return reader.getInfo().get(key);
    }

    public String language() {
        PdfObject lang = reader.getCatalog().get(PdfName.LANG);
        return lang == null ? null : lang.toString();
    }

    /** Every font used on any page, with whether its program is embedded. */
    public List<String> fonts() {
        List<String> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            collect(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts, 0);
        }
        return fonts;
    }

    private static void collect(PdfDictionary resources, List<String> fonts, int depth) {
        if (resources == null || depth > 5) {
            return;
        }
        PdfDictionary fontDictionary = resources.getAsDict(PdfName.FONT);
        if (fontDictionary != null) {
            for (PdfName key : fontDictionary.getKeys()) {
                PdfDictionary font = fontDictionary.getAsDict(key);
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                if (descriptor == null && font.getAsArray(PdfName.DESCENDANTFONTS) != null) {
                    descriptor = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                }
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
                fonts.add(font.getAsName(PdfName.BASEFONT) + (embedded ? " embedded" : " NOT EMBEDDED"));
            }
        }
        PdfDictionary xObjects = resources.getAsDict(PdfName.XOBJECT);
        if (xObjects != null) {
            for (PdfName key : xObjects.getKeys()) {
                PdfObject object = PdfReader.getPdfObject(xObjects.get(key));
                if (object instanceof PdfDictionary form) {
                    collect(form.getAsDict(PdfName.RESOURCES), fonts, depth + 1);
                }
            }
        }
    }
}
