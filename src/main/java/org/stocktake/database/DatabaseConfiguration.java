package org.stocktake.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL unless {@code spring.datasource.url} names an external server,
 * in which case Spring Boot's own data source is used and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "embedded")
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${stocktake.data-dir:./data}") Path dataDir,
            @Value("${stocktake.embedded-db.port:0}") int port) throws IOException {
        return EmbeddedDatabase.open(dataDir.toAbsolutePath().normalize(), port);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database, PoolSettings pool) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        pool.applyTo(dataSource);
        return dataSource;
    }
}
