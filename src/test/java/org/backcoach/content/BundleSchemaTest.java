package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The schema validator works without the YAML parser it would pull in (pom.xml excludes it, so
 * neither the jar nor the app image carries it): the schema loads and still finds a defect.
 */
class BundleSchemaTest {

    @Test
    void theYamlParserIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.yaml.snakeyaml.Yaml")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theSchemaLoadsAndFindsADefectWithoutIt() throws Exception {
        var problems = new BundleSchema().check("bundle.json", new ObjectMapper().readTree("{\"steps\": 3}"));
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("bundle.json"));
    }
}
