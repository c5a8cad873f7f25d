package dk.virkning.core.importing;

import java.nio.charset.Charset;

/** A text file's content and the encoding it was decoded with (byte-order mark removed). */
record DecodedText(String text, Charset charset) {
}
