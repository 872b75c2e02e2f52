/** The enclave pages (agreements, the ledger in two views) and exports; no permission logic here. */
package org.stocktake.enclaves.web;
