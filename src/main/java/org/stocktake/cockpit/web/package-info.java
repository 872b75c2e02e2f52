/** Controllers and read models of the leader's pages; see the module description. Package-private: nothing outside the module uses it. */
package org.stocktake.cockpit.web;
