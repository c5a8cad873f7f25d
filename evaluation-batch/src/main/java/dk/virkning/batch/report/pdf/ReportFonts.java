package dk.virkning.batch.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The one typeface of every report, Liberation Sans (SIL Open Font License; see
 * {@code fonts/liberation/LICENSE}), shipped as a resource so that no report depends on the fonts
 * of the machine. PDF text uses it embedded as a subset with Identity-H encoding, which covers
 * æ, ø and å; charts use the same font through AWT, so that the widths JFreeChart measures are the
 * widths the PDF draws.
 */
public final class ReportFonts {

    private static final String DIRECTORY = "fonts/liberation/";
    private static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSans-Italic.ttf");
    private static final java.awt.Font AWT_REGULAR = awt(REGULAR);
    private static final java.awt.Font AWT_BOLD = awt(BOLD);

    public final BaseFont regular;
    public final BaseFont bold;
    public final BaseFont italic;

    /** Fonts for one document: a font object records which glyphs the document uses, for subsetting. */
    public ReportFonts() {
        regular = pdf("LiberationSans-Regular.ttf", REGULAR);
        bold = pdf("LiberationSans-Bold.ttf", BOLD);
        italic = pdf("LiberationSans-Italic.ttf", ITALIC);
    }

    /** The AWT font for charts, at a size in points. */
    public static java.awt.Font awt(boolean boldFace, float size) {
        return (boldFace ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** Maps every AWT font a chart draws with to this document's embedded fonts. */
    public FontMapper chartFontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : font.isItalic() ? italic : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return awt(font == bold, size);
            }
        };
    }

    private static BaseFont pdf(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load the report font " + name, e);
        }
    }

    private static java.awt.Font awt(byte[] bytes) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load the report font for charts", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Report font " + DIRECTORY + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
