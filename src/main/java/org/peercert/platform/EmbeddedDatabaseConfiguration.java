package org.peercert.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL} the app runs on an embedded MariaDB: this DataSource replaces
 * Spring Boot's, so JPA and Flyway work unchanged. With the URL set, nothing here is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${peercert.embedded-db.data-dir}") Path dataDir) {
        return EmbeddedMariaDb.forDataDir(dataDir);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, @Value("${peercert.embedded-db.database}") String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.createDatabase(database));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
