package org.backcoach.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.backcoach.settings.PaperSize;

/**
 * A PDF being written, with the drawing operations the printouts need. Coordinates are in points
 * measured from the TOP-left corner of the page (y grows downwards, as people read and as the
 * bundle's figures are drawn); the conversion to PDF's bottom-up space happens only here.
 */
final class PdfCanvas implements AutoCloseable {

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color ACCENT = new Color(0x2f, 0x6f, 0x5e);
    static final Color BORDER = new Color(0xb8, 0xc0, 0xc8);
    static final Color DANGER = new Color(0xa4, 0x0e, 0x26);
    static final Color DANGER_BG = new Color(0xff, 0xeb, 0xe9);
    static final Color SHADE = new Color(0xf3, 0xf4, 0xf6);

    private final PDDocument document = new PDDocument();
    private final PDRectangle paper;
    private final PDType0Font font;
    private PDPageContentStream stream;

    /** @param language the text's language tag, such as "de", so screen readers pronounce it right */
    PdfCanvas(PaperSize paperSize, String title, String language) throws IOException {
        this.paper = paperSize == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        this.font = EmbeddedFont.load(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("BackCoach");
        document.getDocumentCatalog().setLanguage(language);
    }

    float pageWidth() {
        return paper.getWidth();
    }

    float pageHeight() {
        return paper.getHeight();
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Starts a new page; drawing goes there from now on. */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(paper);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
    }

    /** Re-opens page {@code index} (0-based) to draw on top of it, e.g. headers once the page count is known. */
    void reopen(int index) throws IOException {
        closeStream();
        stream = new PDPageContentStream(document, document.getPage(index), PDPageContentStream.AppendMode.APPEND,
                true, true);
    }

    /** For drawings that set their own transform (figures, charts). */
    PDPageContentStream stream() {
        return stream;
    }

    /** PDF's y for a top-down y. */
    float pdfY(float y) {
        return paper.getHeight() - y;
    }

    String printable(String text) {
        return EmbeddedFont.printable(font, text);
    }

    float width(String text, float size) {
        return EmbeddedFont.width(font, text) / 1000f * size;
    }

    /** Draws one line of text with its baseline at {@code baseline}. Bold is the regular face, stroked. */
    void text(String text, float x, float baseline, float size, boolean bold, Color color) throws IOException {
        String safe = printable(text);
        if (safe.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(color);
            stream.setLineWidth(size * 0.035f);
        }
        stream.newLineAtOffset(x, pdfY(baseline));
        stream.showText(safe);
        stream.endText();
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
    }

    void textRight(String text, float right, float baseline, float size, boolean bold, Color color) throws IOException {
        text(text, right - width(text, size), baseline, size, bold, color);
    }

    /**
     * Splits text into lines no wider than {@code maxWidth}, at spaces where possible; a word
     * wider than a whole line is broken between characters. Line breaks in the text are kept.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        float space = width(" ", size);
        for (String paragraph : composed.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.strip().split("[ \\t]+")) {
                float wordWidth = width(word, size);
                float needed = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= maxWidth) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > maxWidth && rest.length() > 1) {
                    int fit = fittingPrefix(rest, size, maxWidth);
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
                lineWidth = width(rest, size);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fittingPrefix(String word, float size, float maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length() && width(word.substring(0, word.offsetByCodePoints(end, 1)), size) <= maxWidth) {
            end = word.offsetByCodePoints(end, 1);
        }
        return end;
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, pdfY(y1));
        stream.lineTo(x2, pdfY(y2));
        stream.stroke();
    }

    /** A rectangle given by its top-left corner; {@code fill} or {@code stroke} may be null. */
    void rect(float x, float y, float w, float h, Color fill, Color stroke, float lineWidth) throws IOException {
        stream.addRect(x, pdfY(y + h), w, h);
        if (fill != null) {
            stream.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            stream.setStrokingColor(stroke);
            stream.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            stream.fillAndStroke();
        } else if (fill != null) {
            stream.fill();
        } else {
            stream.stroke();
        }
    }

    void dashed(boolean on) throws IOException {
        stream.setLineDashPattern(on ? new float[] {3f, 2.5f} : new float[0], 0);
    }

    /** Finishes the document and returns its bytes. */
    byte[] toBytes() throws IOException {
        closeStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeStream();
        } finally {
            document.close();
        }
    }
}
