package org.peercert.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Without {@code SPRING_DATASOURCE_URL} the app runs on an embedded MariaDB: this DataSource replaces
 * Spring Boot's, so JPA and Flyway work unchanged. With the URL set, nothing here is created.
 * Under the prod profile a forgotten URL would quietly keep production data in a local embedded server, so
 * there it starts only when {@code PEERCERT_EMBEDDED_DB=true} asks for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String ALLOWED_IN_PROD = "peercert.embedded-db.allowed-in-prod";

    /** Runs before any bean is created, so a refused start never unpacks or starts MariaDB. */
    @Bean
    static BeanFactoryPostProcessor embeddedDatabaseOnlyWhereAllowed(Environment environment) {
        return beanFactory -> checkAllowed(environment);
    }

    static void checkAllowed(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        if (!"true".equalsIgnoreCase(environment.getProperty(ALLOWED_IN_PROD, "false").strip())) {
            throw new IllegalStateException("The prod profile needs an external database: set SPRING_DATASOURCE_URL "
                    + "(with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD), or set PEERCERT_EMBEDDED_DB=true "
                    + "to run on the embedded MariaDB on purpose");
        }
        log.warn("Production profile on the embedded MariaDB (PEERCERT_EMBEDDED_DB=true): data stays on this machine");
    }

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${peercert.embedded-db.data-dir}") Path dataDir) {
        return EmbeddedMariaDb.forDataDir(dataDir);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, @Value("${peercert.embedded-db.database}") String database,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.createDatabase(database));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(poolSize); // the same setting as an external database's pool
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
