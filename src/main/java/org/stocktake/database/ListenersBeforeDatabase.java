package org.stocktake.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops the task executors and the event publication registry (which records, on its way down, the
 * publications still in progress) before the database: module listeners run on them after a commit, and
 * a stopping process (a command that has done its work, a server told to stop) lets them finish
 * (up to {@code spring.task.execution.shutdown.await-termination-period}) while the data source
 * and the embedded PostgreSQL are still open. Without this, the database could close first and a
 * listener would fail halfway, leaving its work to the next start.
 */
@Component
final class ListenersBeforeDatabase implements BeanFactoryPostProcessor {

    /** Spring Modulith's event publication registry (its type is not on the compile classpath). */
    private static final String REGISTRY = "eventPublicationRegistry";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        String[] dataSources = factory.getBeanNamesForType(DataSource.class, true, false);
        List<String> beforeDatabase = new ArrayList<>();
        beforeDatabase.addAll(Arrays.asList(factory.getBeanNamesForType(TaskExecutor.class, true, false)));
        if (factory.containsBeanDefinition(REGISTRY)) {
            beforeDatabase.add(REGISTRY);
        }
        for (String executor : beforeDatabase) {
            if (!factory.containsBeanDefinition(executor)) {
                continue;
            }
            BeanDefinition definition = factory.getBeanDefinition(executor);
            List<String> dependsOn = new ArrayList<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            for (String dataSource : dataSources) {
                if (!dependsOn.contains(dataSource)) {
                    dependsOn.add(dataSource);
                }
            }
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
