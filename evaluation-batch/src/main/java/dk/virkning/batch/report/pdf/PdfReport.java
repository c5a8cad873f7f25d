package dk.virkning.batch.report.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * An A4 report being written: the document, its fonts and styles, and the few building blocks the
 * sections use (headings, paragraphs, tables, vector drawings). Title, author, subject and
 * language are set as PDF metadata; every page gets a footer with the page number and the
 * generation date ({@link PageFooter}).
 */
public final class PdfReport {

    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    public static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    public static final Color RULE = new Color(0xC8, 0xCD, 0xD3);
    public static final Color SHADE = new Color(0xEE, 0xF2, 0xF6);

    public final ReportText text;
    public final ReportFonts fonts = new ReportFonts();
    public final Font body;
    public final Font bodyBold;
    public final Font small;
    public final Font smallBold;
    public final Font note;
    public final Font title;
    public final Font h1;
    public final Font h2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final Document document;
    private final PdfWriter writer;

    public PdfReport(ReportText text, String documentTitle, String author, String subject, String footerTitle,
            String generatedOn) {
        this.text = text;
        body = new Font(fonts.regular, 9.5f, Font.NORMAL, INK);
        bodyBold = new Font(fonts.bold, 9.5f, Font.NORMAL, INK);
        small = new Font(fonts.regular, 8f, Font.NORMAL, INK);
        smallBold = new Font(fonts.bold, 8f, Font.NORMAL, INK);
        note = new Font(fonts.italic, 8f, Font.NORMAL, MUTED);
        title = new Font(fonts.bold, 22f, Font.NORMAL, ACCENT);
        h1 = new Font(fonts.bold, 14f, Font.NORMAL, ACCENT);
        h2 = new Font(fonts.bold, 11f, Font.NORMAL, INK);
        document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageFooter(fonts.regular, text, footerTitle, generatedOn));
        document.addTitle(documentTitle);
        document.addAuthor(author);
        document.addSubject(subject);
        document.addCreator("Virkning");
        document.addCreationDate();
        document.setDocumentLanguage(text.language().locale().toLanguageTag());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.language().locale().toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
        document.open();
    }

    /** Usable width between the margins, in points. */
    public float width() {
        return document.right() - document.left();
    }

    public void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public void newPage() {
        document.newPage();
    }

    /** Starts a new page when less than {@code room} points are left, so a heading never ends a page alone. */
    private void keepRoom(float room) {
        if (writer.getVerticalPosition(false) - document.bottom() < room) {
            document.newPage();
        }
    }

    public void heading(String heading) {
        heading(heading, 70);
    }

    /** A heading kept on one page with the first {@code followedBy} points of what comes after it (a chart, say). */
    public void heading(String heading, float followedBy) {
        title(heading, h1, 40 + followedBy, 14, 6, true);
    }

    public void subheading(String heading) {
        subheading(heading, 55);
    }

    public void subheading(String heading, float followedBy) {
        title(heading, h2, 25 + followedBy, 10, 4, false);
    }

    private void title(String heading, Font font, float room, float before, float after, boolean keepTogether) {
        keepRoom(room);
        Paragraph p = new Paragraph(heading, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setKeepTogether(keepTogether);
        add(p);
    }

    public void paragraph(String content) {
        paragraph(content, body);
    }

    public void paragraph(String content, Font font) {
        Paragraph p = new Paragraph(content, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingAfter(5);
        add(p);
    }

    /** A paragraph that starts with a bold lead-in: "Fortolkning: ...". */
    public void labelled(String label, String content) {
        // a paragraph made without a font would fall back to a non-embedded standard font
        Paragraph p = new Paragraph(body.getSize() * 1.35f, "", body);
        p.add(new Chunk(label + " ", bodyBold));
        p.add(new Chunk(content, body));
        p.setSpacingAfter(5);
        add(p);
    }

    public void bullet(String content) {
        Paragraph p = new Paragraph("•  " + content, body);
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-9);
        p.setLeading(body.getSize() * 1.35f);
        p.setSpacingAfter(2);
        add(p);
    }

    /** A table of the full width with relative column widths and one repeated header row. */
    public PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        // a row that does not fit moves to the next page whole, rather than being cut in two
        table.setSplitLate(true);
        return table;
    }

    public void headerCell(PdfPTable table, String content) {
        PdfPCell cell = cell(content, smallBold, Element.ALIGN_LEFT);
        cell.setBackgroundColor(SHADE);
        table.addCell(cell);
    }

    public void cell(PdfPTable table, String content) {
        table.addCell(cell(content, small, Element.ALIGN_LEFT));
    }

    public void numberCell(PdfPTable table, String content) {
        table.addCell(cell(content, small, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** A JFreeChart drawn as vectors into the page, centred, {@code height} points high. */
    public void chart(JFreeChart chart, float chartWidth, float height) {
        drawing(chartWidth, height, g -> chart.draw(g, new Rectangle2D.Double(0, 0, chartWidth, height)));
    }

    /** A vector drawing with Java 2D, whose text uses the report's embedded fonts. */
    public void drawing(float drawingWidth, float height, Consumer<Graphics2D> painter) {
        PdfTemplate template = writer.getDirectContent().createTemplate(drawingWidth, height);
        Graphics2D g = template.createGraphics(drawingWidth, height, fonts.chartFontMapper());
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(4);
            image.setSpacingAfter(6);
            add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the document and returns the PDF. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
