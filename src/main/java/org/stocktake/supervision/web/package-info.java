/** Task pages (list, task, my unit, supervision list, scores), their forms, and the tasks API. No permission logic: the services check the caller. Package-private: nothing outside the module uses it. */
package org.stocktake.supervision.web;
