package org.backcoach.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.content.RedFlag;

/**
 * What every page of a printout carries: a header (title, date, the person's name and a subtitle)
 * and a footer (optionally the red-flags box, then the not-medical-advice line and "page x of y").
 * The body flows between them. The frame is drawn last, once the page count is known.
 */
final class PageFrame {

    static final float MARGIN = 40;
    private static final float HEADER_HEIGHT = 50;
    private static final float FOOT_SIZE = 7.5f;
    private static final float FOOT_LEADING = 9.5f;
    private static final float BOX_PADDING = 7;

    /** @param personLine "For: Ana" or empty; @param subtitle e.g. the phase or the report's period, or empty */
    record Header(String title, String date, String personLine, String subtitle) {
    }

    private final Header header;
    private final PrintText text;
    private final List<String> disclaimerLines;
    private final List<String> redFlagLines;
    private final float footerHeight;

    /**
     * @param redFlags flags for the box at the foot of each page; empty for no box
     */
    PageFrame(PdfCanvas canvas, PrintText text, Header header, String disclaimer, List<RedFlag> redFlags) {
        this.header = header;
        this.text = text;
        float width = canvas.pageWidth() - 2 * MARGIN;
        this.disclaimerLines = canvas.wrap(disclaimer, FOOT_SIZE, width);
        this.redFlagLines = redFlags.isEmpty() ? List.of() : redFlagText(canvas, redFlags, width - 2 * BOX_PADDING);
        float box = redFlagLines.isEmpty() ? 0 : boxHeight() + 8;
        this.footerHeight = box + (disclaimerLines.size() + 1) * FOOT_LEADING + 4;
    }

    float bodyTop() {
        return MARGIN + HEADER_HEIGHT;
    }

    float bodyBottom(PdfCanvas canvas) {
        return canvas.pageHeight() - MARGIN - footerHeight;
    }

    /** Draws header and footer on every page of {@code canvas}. */
    void drawOnAllPages(PdfCanvas canvas) throws IOException {
        int pages = canvas.pageCount();
        for (int i = 0; i < pages; i++) {
            canvas.reopen(i);
            drawHeader(canvas);
            drawFooter(canvas, i + 1, pages);
        }
    }

    private void drawHeader(PdfCanvas canvas) throws IOException {
        float left = MARGIN;
        float right = canvas.pageWidth() - MARGIN;
        float dateWidth = canvas.width(header.date(), 9);
        canvas.text(fit(canvas, header.title(), 15, right - left - dateWidth - 12), left, MARGIN + 14, 15, true,
                PdfCanvas.ACCENT);
        canvas.textRight(header.date(), right, MARGIN + 14, 9, false, PdfCanvas.MUTED);
        String second = String.join("   ·   ", List.of(header.personLine(), header.subtitle()).stream()
                .filter(s -> !s.isBlank()).toList());
        canvas.text(fit(canvas, second, 9.5f, right - left), left, MARGIN + 30, 9.5f, false, PdfCanvas.TEXT);
        canvas.line(left, MARGIN + 37, right, MARGIN + 37, 0.8f, PdfCanvas.ACCENT);
    }

    private void drawFooter(PdfCanvas canvas, int page, int pages) throws IOException {
        float left = MARGIN;
        float width = canvas.pageWidth() - 2 * MARGIN;
        float y = bodyBottom(canvas) + 6;
        if (!redFlagLines.isEmpty()) {
            canvas.rect(left, y, width, boxHeight(), PdfCanvas.DANGER_BG, PdfCanvas.DANGER, 1.2f);
            float baseline = y + BOX_PADDING + 8;
            canvas.text(text.get("footer.redFlags.title"), left + BOX_PADDING, baseline, 8.5f, true, PdfCanvas.DANGER);
            for (String line : redFlagLines) {
                baseline += FOOT_LEADING;
                canvas.text(line, left + BOX_PADDING, baseline, FOOT_SIZE, false, PdfCanvas.TEXT);
            }
            y += boxHeight() + 8;
        }
        float baseline = y + FOOT_LEADING;
        for (String line : disclaimerLines) {
            canvas.text(line, left, baseline, FOOT_SIZE, false, PdfCanvas.MUTED);
            baseline += FOOT_LEADING;
        }
        canvas.textRight(text.get("footer.page", page, pages), left + width, baseline, FOOT_SIZE, false,
                PdfCanvas.MUTED);
    }

    private float boxHeight() {
        return BOX_PADDING * 2 + 10 + redFlagLines.size() * FOOT_LEADING;
    }

    /** "Go now if: ... Book a visit within days if: ...", wrapped to the box. */
    private List<String> redFlagText(PdfCanvas canvas, List<RedFlag> flags, float width) {
        List<String> lines = new ArrayList<>();
        for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
            List<String> questions = flags.stream().filter(f -> f.urgency() == urgency).map(RedFlag::question).toList();
            if (!questions.isEmpty()) {
                String lead = text.get(urgency == RedFlag.Urgency.URGENT ? "footer.redFlags.urgent" : "footer.redFlags.soon");
                lines.addAll(canvas.wrap(lead + " " + String.join("  •  ", questions), FOOT_SIZE, width));
            }
        }
        return lines;
    }

    /** The text, shortened with "…" when it is wider than {@code width}. */
    static String fit(PdfCanvas canvas, String value, float size, float width) {
        if (canvas.width(value, size) <= width) {
            return value;
        }
        String shorter = value;
        while (!shorter.isEmpty() && canvas.width(shorter + "…", size) > width) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter.strip() + "…";
    }
}
