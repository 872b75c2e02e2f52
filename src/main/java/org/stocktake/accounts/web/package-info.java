/** Login, password change, the audit log page and CSV, user administration, and the accounts API (me, audit, units, users, tokens). No permission logic: the services check the caller. Package-private: nothing outside the module uses it. */
package org.stocktake.accounts.web;
