/**
 * The verdicts' JSON API: a plan's stored verdicts by region and target with their basis, its
 * target decomposition and the decomposition import. Holds no permission logic: the service
 * checks the caller.
 */
package org.stocktake.verdicts.web;
