/** The plan tree page and the plans API. Package-private: nothing outside the module uses it. */
package org.stocktake.plan.web;
