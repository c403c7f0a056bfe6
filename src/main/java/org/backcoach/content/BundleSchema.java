package org.backcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** The JSON Schema that ships with the app; checks structure and types before any mapping. */
final class BundleSchema {

    static final String RESOURCE = "/org/backcoach/content/bundle/bundle.schema.json";

    private final JsonSchema schema;

    BundleSchema() {
        try (InputStream in = BundleSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundle schema missing from the application: " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<BundleProblem> check(String file, JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> BundleProblem.at(file, message.getInstanceLocation().toString(), describe(message)))
                .distinct()
                .sorted(Comparator.comparing(BundleProblem::path).thenComparing(BundleProblem::message))
                .toList();
    }

    /** The validator's message without its own "$.path: " prefix, which the problem already carries. */
    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
