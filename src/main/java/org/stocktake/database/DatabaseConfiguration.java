package org.stocktake.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL unless {@code spring.datasource.url} names an external server,
 * in which case Spring Boot's own data source is used and nothing is started here. The
 * application and Flyway connect as the application role; after the migrations the start-up code
 * hands the append-only tables to the audit role (ADR 0004).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "embedded")
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${stocktake.data-dir:./data}") Path dataDir,
            @Value("${stocktake.embedded-db.port:0}") int port,
            @Value("${stocktake.embedded-db.exclusive:false}") boolean exclusive)
            throws IOException {
        return EmbeddedDatabase.open(dataDir.toAbsolutePath().normalize(), port, exclusive);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database, PoolSettings pool) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.applicationUser());
        dataSource.setPassword(database.applicationPassword());
        pool.applyTo(dataSource);
        return dataSource;
    }

    @Bean
    FlywayMigrationStrategy migrateThenProtectAudit(EmbeddedDatabase database) {
        return flyway -> {
            flyway.migrate();
            database.protectAppendOnlyTables();
        };
    }
}
