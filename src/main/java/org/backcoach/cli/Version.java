package org.backcoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into version.properties at build time. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/backcoach/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to the placeholder: a missing version must never stop the app.
        }
        return properties.getProperty("version", "development");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"BackCoach " + current()};
    }
}
