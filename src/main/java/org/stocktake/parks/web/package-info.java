/** The park pages (registry, a park's trajectory and decisions, the map) and the park API; no permission logic here. */
package org.stocktake.parks.web;
