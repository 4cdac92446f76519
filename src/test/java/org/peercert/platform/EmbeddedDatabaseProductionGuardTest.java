package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabaseProductionGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void prodProfileWithoutADatabaseUrlRefusesToStartNamingBothVariablesBeforeMariaDbStarts() {
        var app = new SpringApplicationBuilder(PeerCertApplication.class).profiles("prod");

        assertThatThrownBy(() -> app.run("--spring.datasource.url=", "--server.port=0", "--peercert.data-dir=" + dataDir))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("PEERCERT_EMBEDDED_DB=true")
                        .hasMessageContaining("SPRING_DATASOURCE_URL"));
        assertThat(dataDir.resolve("mariadb")).as("no embedded server was unpacked or started").doesNotExist();
    }

    @Test
    void prodProfileAcceptsTheEmbeddedDatabaseOnlyWhenAskedForExplicitly() {
        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.checkAllowed(prod(Map.of())))
                .hasMessageContaining("PEERCERT_EMBEDDED_DB");
        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.checkAllowed(prod(Map.of(EmbeddedDatabaseConfiguration.ALLOWED_IN_PROD, "false"))))
                .hasMessageContaining("PEERCERT_EMBEDDED_DB");
        assertThatCode(() -> EmbeddedDatabaseConfiguration.checkAllowed(prod(Map.of(EmbeddedDatabaseConfiguration.ALLOWED_IN_PROD, "true"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabaseConfiguration.checkAllowed(new StandardEnvironment()))
                .as("demo and test profiles").doesNotThrowAnyException();
    }

    private static StandardEnvironment prod(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
