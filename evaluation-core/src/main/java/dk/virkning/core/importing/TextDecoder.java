package dk.virkning.core.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a CSV file's bytes. Danish files come as UTF-8 (with or without the BOM Excel writes
 * for "CSV UTF-8") or as Windows-1252 (Excel's plain "CSV"). Text that is valid UTF-8 is almost
 * never Windows-1252 with æøå in it, so: BOM → that encoding; valid UTF-8 → UTF-8; otherwise
 * Windows-1252, which decodes any byte.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Excel's "Unicode text" export is UTF-16 little-endian with a BOM.
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return lenient(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return lenient(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return lenient(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return lenient(bytes, 0, WINDOWS_1252);
        }
    }

    /**
     * True for content that is not text a person or Excel would write: NUL bytes, or more than
     * one control or undecodable character in a hundred.
     */
    static boolean looksBinary(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                    && c != '\f';
            if (control || c == '\uFFFD') {
                suspicious++;
            }
        }
        return suspicious > 0 && suspicious * 100L >= text.length();
    }

    private static DecodedText lenient(byte[] bytes, int offset, Charset charset) {
        return new DecodedText(new String(bytes, offset, bytes.length - offset, charset), charset);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
