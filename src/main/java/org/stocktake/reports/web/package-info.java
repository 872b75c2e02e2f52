/** The reports page and the document downloads. Package-private: nothing outside the module uses it. */
package org.stocktake.reports.web;
