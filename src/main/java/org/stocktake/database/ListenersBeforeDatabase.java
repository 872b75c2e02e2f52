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
 * Stops the task executors before the database: module listeners run on them after a commit, and
 * a stopping process (a command that has done its work, a server told to stop) lets them finish
 * (up to {@code spring.task.execution.shutdown.await-termination-period}) while the data source
 * and the embedded PostgreSQL are still open. Without this, the database could close first and a
 * listener would fail halfway, leaving its work to the next start.
 */
@Component
final class ListenersBeforeDatabase implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        String[] dataSources = factory.getBeanNamesForType(DataSource.class, true, false);
        for (String executor : factory.getBeanNamesForType(TaskExecutor.class, true, false)) {
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
