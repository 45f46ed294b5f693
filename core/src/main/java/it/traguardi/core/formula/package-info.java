/** Algoritmi: the formula language that computes an indicator from its measures, and its checks. */
package it.traguardi.core.formula;
