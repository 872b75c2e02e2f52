/** The indicator definitions as JSON. Package-private: nothing outside the module uses it. */
package org.stocktake.indicators.web;
