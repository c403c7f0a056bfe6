package org.backcoach.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, which PDFBox ships, embedded as a subset in every PDF BackCoach writes. The
 * standard 14 PDF fonts only know WinAnsi, so accented, Greek and Cyrillic text needs a real font.
 */
final class EmbeddedFont {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Drawn instead of a character the font has no glyph for (emoji, CJK, ...). */
    static final char MISSING = '?';

    private static byte[] fontFile;
    /** Whether the font covers a code point: a property of the font file, so shared by all documents. */
    private static final Map<Integer, Boolean> COVERED = new ConcurrentHashMap<>();
    /** Advance widths in 1/1000 em by code point; measuring text is most of a layout's work. */
    private static final Map<Integer, Float> WIDTHS = new ConcurrentHashMap<>();

    private EmbeddedFont() {
    }

    /**
     * Loads the font into {@code document}, to be embedded as a subset when it is saved. Glyph
     * substitution (GSUB) is switched off: PDFBox 3 would otherwise compile a regular expression
     * for every line drawn (most of a sheet's time), and Latin ligatures can drop letters from the
     * text layer that search, copy and screen readers use. The scripts this font covers (Latin,
     * Greek, Cyrillic) print correctly without it.
     */
    static PDType0Font load(PDDocument document) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontFile()));
        ttf.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(document, ttf, true);
    }

    /**
     * Text as the font can draw it: composed (NFC) so "e" + combining accent becomes "é", white
     * space and control characters as plain spaces, and characters without a glyph as '?'.
     */
    static String printable(PDType0Font font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (covers(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /**
     * Width of {@code text} in 1/1000 em as {@link #printable} would draw it (no kerning, as
     * PDFBox draws none). Expects composed text, as {@link PdfCanvas#wrap} hands it over.
     */
    static float width(PDType0Font font, String text) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int drawn = Character.isWhitespace(cp) || Character.isISOControl(cp) ? ' ' : covers(font, cp) ? cp : MISSING;
            total += WIDTHS.computeIfAbsent(drawn, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException | IllegalArgumentException e) {
                    return 0f;
                }
            });
        }
        return total;
    }

    static boolean covers(PDType0Font font, int codePoint) {
        return COVERED.computeIfAbsent(codePoint, cp -> {
            try {
                return font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static synchronized byte[] fontFile() {
        if (fontFile == null) {
            try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath: " + RESOURCE);
                }
                fontFile = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fontFile;
    }
}
