/**
 * The policy-text reader: turns a Chinese policy document (plain text, DOCX or PDF with a text
 * layer) into a reading — its section tree, targets, responsible units and deadlines, each with its
 * exact quote and offset — in the annotation schema of the development set. Plain Java: no Spring,
 * no SQL, no database. The rules are for the grammar of policy text (numbering levels, comparators,
 * 分别/均, unit lists, deadline phrases), never for one document's words. The door is
 * {@link org.stocktake.plan.reading.PolicyReader}; everything else here is package-private.
 */
package org.stocktake.plan.reading;
