package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 contrast of each theme, computed from the colour tokens in app.css: text against every
 * background it is drawn on at least 4.5:1 (AA), and the focus ring, control borders, chart lines
 * and the picked body region at least 3:1 against what surrounds them (non-text contrast, 1.4.11).
 * A plain test: it reads the stylesheet as text, no toolkit needed.
 */
public class ThemeContrastTest {

    /** Text colour on background, as the stylesheet pairs them (see the comments for where). */
    private static final List<String[]> TEXT_PAIRS = List.of(
            pair("-bc-text", "-bc-bg"),             // page titles, labels on the page
            pair("-bc-text", "-bc-surface"),        // cards, fields, the navigation
            pair("-bc-text", "-bc-control"),        // buttons (AtlantaFX -color-bg-subtle)
            pair("-bc-text", "-bc-control-hover"),  // a button under the mouse
            pair("-bc-text", "-bc-notice-bg"),      // the notice bar
            pair("-bc-text", "-bc-danger-bg"),      // seek-care card, red flags beside the body map
            pair("-bc-text", "-bc-nudge-bg"),       // "see a clinician" nudges
            pair("-bc-muted", "-bc-bg"),            // hints on the page
            pair("-bc-muted", "-bc-surface"),       // hints in cards, axis labels
            pair("-bc-accent-fg", "-bc-bg"),        // phase title
            pair("-bc-accent-fg", "-bc-surface"),   // app name, reminder title, links
            pair("-bc-danger", "-bc-surface"),      // field errors in forms
            pair("-bc-danger", "-bc-bg"),           // errors on the page
            pair("-bc-danger", "-bc-danger-bg"),    // seek-care title
            pair("-bc-accent-text", "-bc-accent"),  // accent and default buttons, chosen toggles
            pair("-bc-accent-text", "-bc-accent-strong"), // a focused accent button
            pair("-bc-warm-text", "-bc-warm"));     // the "Spasm now" button

    /** Things that are not text but must be seen: at least 3:1. */
    private static final List<String[]> NON_TEXT_PAIRS = List.of(
            pair("-bc-focus", "-bc-bg"), pair("-bc-focus", "-bc-surface"), pair("-bc-focus", "-bc-control"),
            pair("-bc-focus", "-bc-region"),
            pair("-bc-border", "-bc-surface"), pair("-bc-border", "-bc-bg"),
            pair("-bc-accent", "-bc-region"), pair("-bc-accent", "-bc-surface"),
            pair("-bc-line-1", "-bc-surface"), pair("-bc-line-2", "-bc-surface"),
            pair("-bc-line-3", "-bc-surface"), pair("-bc-line-4", "-bc-surface"),
            pair("-bc-danger", "-bc-danger-bg"), pair("-bc-nudge-border", "-bc-nudge-bg"),
            pair("-bc-warm", "-bc-surface"), pair("-bc-warm", "-bc-bg"), // "Spasm now", caution signs (icons)
            pair("-bc-muted", "-bc-region"));

    private static final Pattern BLOCK = Pattern.compile("(\\.root(?:\\.theme-[a-z-]+)?)\\s*\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("(-bc-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void textReachesFourAndAHalfToOneOnEveryBackgroundItIsUsedOn(String theme) throws IOException {
        Map<String, String> tokens = tokens(theme);
        for (String[] p : TEXT_PAIRS) {
            assertThat(ratio(tokens, p)).as("%s theme: %s on %s (%s on %s)", theme, p[0], p[1],
                    tokens.get(p[0]), tokens.get(p[1])).isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void focusRingBordersAndChartLinesReachThreeToOne(String theme) throws IOException {
        Map<String, String> tokens = tokens(theme);
        for (String[] p : NON_TEXT_PAIRS) {
            assertThat(ratio(tokens, p)).as("%s theme: %s against %s", theme, p[0], p[1])
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void everyTextColourInTheStylesheetIsCheckedAndEveryThemeDefinesEveryToken() throws IOException {
        String css = css();
        Set<String> textColours = new TreeSet<>();
        Matcher m = Pattern.compile("-fx-(?:text-fill|tick-label-fill)\\s*:\\s*(-bc-[a-z0-9-]+)").matcher(css);
        while (m.find()) {
            textColours.add(m.group(1));
        }
        Set<String> checked = new TreeSet<>();
        TEXT_PAIRS.forEach(p -> checked.add(p[0]));
        assertThat(checked).as("a text colour used in app.css without a contrast check").containsAll(textColours);
        Set<String> light = blocks(css).get(".root").keySet();
        assertThat(blocks(css).get(".root.theme-dark").keySet()).as("the dark theme overrides every colour token")
                .containsAll(light);
        assertThat(blocks(css).get(".root.theme-high-contrast").keySet()).containsAll(light);
    }

    @Test
    void atlantaFxControlsTakeTheirColoursFromTheTokens() throws IOException {
        String root = css().substring(0, css().indexOf(".root.theme-dark {"));
        assertThat(root).contains("-color-fg-default: -bc-text;", "-color-fg-muted: -bc-muted;",
                "-color-fg-emphasis: -bc-accent-text;", "-color-bg-default: -bc-surface;",
                "-color-bg-subtle: -bc-control;", "-color-accent-emphasis: -bc-accent;",
                "-color-accent-6: -bc-accent-strong;", "-color-border-default: -bc-border;");
    }

    @Test
    void theFormulaMatchesKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        // #777777 on white is the classic just-below-AA grey: 4.48:1.
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.01)).isLessThan(4.5);
        assertThat(contrast("#0969da", "#ffffff")).isCloseTo(contrast("#ffffff", "#0969da"), within(1e-9));
    }

    /** The tokens of one theme: the light block, overridden by the theme's own block. */
    public static Map<String, String> tokens(String theme) throws IOException {
        Map<String, Map<String, String>> blocks = blocks(css());
        Map<String, String> tokens = new LinkedHashMap<>(blocks.get(".root"));
        if (!theme.equals("light")) {
            assertThat(blocks).as("a block .root.theme-%s in app.css", theme).containsKey(".root.theme-" + theme);
            tokens.putAll(blocks.get(".root.theme-" + theme));
        }
        return tokens;
    }

    private static Map<String, Map<String, String>> blocks(String css) {
        Map<String, Map<String, String>> blocks = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (block.find()) {
            Map<String, String> tokens = new LinkedHashMap<>();
            Matcher token = TOKEN.matcher(block.group(2));
            while (token.find()) {
                tokens.put(token.group(1), token.group(2));
            }
            blocks.put(block.group(1), tokens);
        }
        return blocks;
    }

    private static String css() throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/org/backcoach/ui/theme/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double ratio(Map<String, String> tokens, String[] pair) {
        assertThat(tokens).as("token %s or %s", pair[0], pair[1]).containsKeys(pair[0], pair[1]);
        return contrast(tokens.get(pair[0]), tokens.get(pair[1]));
    }

    /** WCAG 2.1: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String[] pair(String foreground, String background) {
        return new String[] {foreground, background};
    }
}
