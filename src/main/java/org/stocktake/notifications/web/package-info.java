/** The inbox page and API. Package-private: nothing outside the module uses it. */
package org.stocktake.notifications.web;
