package org.backcoach.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/** The no-network rule of {@link ArchitectureTest} catches each way code could reach the network. */
class NoNetworkRuleTest {

    static class OpensASocket {
        Socket open() {
            return new Socket();
        }
    }

    static class ReadsAUrl {
        InputStream read(URL url) throws Exception {
            return url.openStream();
        }
    }

    static class UsesTheHttpClient {
        Object client() {
            return HttpClient.newHttpClient();
        }
    }

    static class OnlyNamesAResource {
        URI where() throws Exception {
            URL url = getClass().getResource("/org/backcoach/content/bundle/en.json");
            return url.toURI();
        }
    }

    @Test
    void eachWayToTheNetworkIsAViolation() {
        for (Class<?> offender : new Class<?>[] {OpensASocket.class, ReadsAUrl.class, UsesTheHttpClient.class}) {
            JavaClasses classes = new ClassFileImporter().importClasses(offender);
            assertThat(ArchitectureTest.neverUsesTheNetwork.evaluate(classes).hasViolation()).as(offender.getSimpleName())
                    .isTrue();
        }
    }

    @Test
    void namingAResourceIsAllowed() {
        JavaClasses classes = new ClassFileImporter().importClasses(OnlyNamesAResource.class);
        assertThat(ArchitectureTest.neverUsesTheNetwork.evaluate(classes).hasViolation()).isFalse();
    }
}
