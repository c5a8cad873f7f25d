package dk.virkning.batch.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The footer of every page: the report's title (shortened to fit), the generation date, and
 * "Side 3 af 12". The total is written into a placeholder when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final BaseFont font;
    private final ReportText text;
    private final String title;
    private final String generatedOn;
    private PdfTemplate total;

    public PageFooter(BaseFont font, ReportText text, String title, String generatedOn) {
        this.font = font;
        this.text = text;
        this.title = title;
        this.generatedOn = generatedOn;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 28;
        float left = document.left();
        float right = document.right();
        cb.saveState();
        cb.setColorStroke(PdfReport.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y + SIZE + 5);
        cb.lineTo(right, y + SIZE + 5);
        cb.stroke();
        String page = text.get("footer.page", text.integer(writer.getPageNumber())) + " ";
        String date = text.get("footer.generated", generatedOn);
        float pageX = right - font.getWidthPoint(page, SIZE) - 16;
        float dateWidth = font.getWidthPoint(date, SIZE);
        float dateX = pageX - dateWidth - 18;
        cb.setColorFill(PdfReport.MUTED);
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(left, y);
        cb.showText(Shortened.toWidth(title, dateX - left - 12, t -> font.getWidthPoint(t, SIZE)));
        cb.setTextMatrix(dateX, y);
        cb.showText(date);
        cb.setTextMatrix(pageX, y);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, pageX + font.getWidthPoint(page, SIZE), y);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(PdfReport.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(text.integer(writer.getPageNumber() - 1));
        total.endText();
    }
}
