package dk.virkning.batch.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dk.virkning.batch.report.pdf.ReportLanguage;

/**
 * One rendered PDF, ready to store or serve.
 *
 * @param kind           PROJECT or PORTFOLIO
 * @param targetId       the project or grant pool
 * @param organisationId the tenant owning the target
 * @param parameters     the portfolio filters as a JSON object ({@code {}} for none)
 * @param title          the target's name, for the file name
 */
public record RenderedReport(String kind, long targetId, long organisationId, ReportLanguage language,
        Audience audience, String parameters, String title, byte[] bytes) {

    public static final String PROJECT = "PROJECT";
    public static final String PORTFOLIO = "PORTFOLIO";

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
