package org.stocktake.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry of a task's light history: the light it turned, why, and when. */
public record LightChange(Light light, List<String> reasons, LocalDate on, Instant at) {}
