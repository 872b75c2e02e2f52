/** Pages and API of household monitoring; they pass the caller on and ask no permission question. */
package org.stocktake.households.web;
