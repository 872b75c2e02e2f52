/** The composite evaluation page and its JSON. Package-private: nothing outside the module uses it. */
package org.stocktake.evaluation.web;
