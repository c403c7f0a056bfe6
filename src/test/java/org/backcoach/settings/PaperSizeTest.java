package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PaperSizeTest {

    @Test
    void letterInTheUsAndCanadaA4Elsewhere() {
        assertThat(PaperSize.defaultFor(Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.defaultFor(Locale.CANADA)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.defaultFor(Locale.CANADA_FRENCH)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.defaultFor(Locale.UK)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.defaultFor(Locale.forLanguageTag("el-GR"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.defaultFor(Locale.ENGLISH)).as("no country: the international size").isEqualTo(PaperSize.A4);
    }

    @Test
    void parsesItsOwnSpellingOnly() {
        assertThat(PaperSize.parse(" Letter ")).contains(PaperSize.LETTER);
        assertThat(PaperSize.parse("a4")).contains(PaperSize.A4);
        assertThat(PaperSize.parse("A3")).isEmpty();
        assertThat(PaperSize.parse(null)).isEmpty();
    }
}
