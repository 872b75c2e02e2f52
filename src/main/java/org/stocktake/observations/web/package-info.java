/** Data pages (approval queue, entry form, import with preview, history) and the observations API (reads, submit, approve, return, imports, exports). No permission logic: the services check the caller. Package-private: nothing outside the module uses it. */
package org.stocktake.observations.web;
