package org.backcoach.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The third-party notices travel inside BackCoach's jar as classpath resources under
 * /org/backcoach/legal/ (and META-INF/THIRD-PARTY.txt), which is where the jar, the app image
 * (lib/app/legal) and the .deb get them from, and where Settings can read them.
 */
class LegalNoticesTest {

    @Test
    void thirdPartyListIsGeneratedWithEveryShippedLibraryAndItsLicence() throws IOException {
        String list = resource("/org/backcoach/legal/THIRD-PARTY.txt");
        assertThat(list).contains("(Apache License, Version 2.0) SQLite JDBC (org.xerial:sqlite-jdbc:")
                .contains("(Apache License, Version 2.0) Apache PDFBox (org.apache.pdfbox:pdfbox:")
                .contains("(Apache License, Version 2.0) jackson-databind (com.fasterxml.jackson.core:jackson-databind:")
                .contains("(MIT License) atlantafx-base")
                .contains("(GNU General Public License, version 2, with the Classpath Exception) javafx graphics");
        assertThat(list).as("test libraries do not ship").doesNotContain("junit").doesNotContain("testfx")
                .doesNotContain("assertj");
        assertThat(resource("/META-INF/THIRD-PARTY.txt")).isEqualTo(list);
    }

    @Test
    void embeddedFontCarriesItsOpenFontLicence() throws Exception {
        String ofl = resource("/org/backcoach/legal/LiberationSans-OFL.txt");
        assertThat(ofl).contains("Liberation Fonts").contains("with Reserved Font Name Liberation.")
                .contains("SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007").contains("DISCLAIMER");
        // The font is PDFBox's: if a PDFBox update changed it or its licence, this notice must follow.
        assertThat(PDDocument.class.getResource("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")).isNotNull();
        assertThat(pdfboxLicence()).contains("Liberation Fonts").contains("SIL Open Font License,\n   Version 1.1.");
    }

    @Test
    void javaFxNoticeNamesItsLicenceAndItsFullTextIsThere() throws IOException {
        assertThat(resource("/org/backcoach/legal/JavaFX.txt"))
                .contains("GNU General Public License, version 2, with the")
                .contains("This software is based in part on the work of the Independent JPEG Group.");
        assertThat(resource("/org/backcoach/legal/GPL-2.0-with-Classpath-Exception.txt"))
                .contains("GNU General Public License").contains("\"CLASSPATH\" EXCEPTION TO THE GPL");
    }

    @Test
    void librariesOwnLicenceAndNoticeFilesAreCopiedFromTheirJars() throws IOException {
        assertThat(resource("/org/backcoach/legal/libraries/pdfbox/META-INF/NOTICE")).contains("Apache PDFBox");
        assertThat(resource("/org/backcoach/legal/libraries/sqlite-jdbc/META-INF/maven/org.xerial/sqlite-jdbc/LICENSE"))
                .contains("Apache License");
        assertThat(resource("/org/backcoach/legal/README.txt")).contains("THIRD-PARTY.txt")
                .contains("lib/runtime/legal/");
    }

    /** PDFBox's own META-INF/LICENSE, read from its jar (other jars on the class path have one too). */
    private static String pdfboxLicence() throws Exception {
        Path jar = Path.of(PDDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry licence = zip.getEntry("META-INF/LICENSE");
            assertThat(licence).as("META-INF/LICENSE in " + jar).isNotNull();
            try (InputStream in = zip.getInputStream(licence)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LegalNoticesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
