package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@PeerCertTest
class FlywayMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    String ddlAuto;

    @Test
    void everyMigrationAppliedOnAFreshMariaDbAndHibernateOnlyValidates() throws SQLException {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(ddlAuto).isEqualTo("validate"); // the context started, so validation passed
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB").startsWith("11.4");
        }
    }
}
