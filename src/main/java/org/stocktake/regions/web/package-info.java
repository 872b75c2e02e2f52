/** The regions API: hierarchy, groups, boundaries. Package-private: nothing outside the module uses it. */
package org.stocktake.regions.web;
