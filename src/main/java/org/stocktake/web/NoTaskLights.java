package org.stocktake.web;

import org.springframework.stereotype.Component;

/** Until the tasks module is wired in: no task data, and the cockpit panel says that it is pending. */
@Component
class NoTaskLights implements TaskLightsReadModel {

    @Override
    public TaskLights lights(String planCode) {
        return TaskLights.unavailable();
    }
}
