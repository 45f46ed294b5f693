/** The page of one indicator: definition, baselines and targets, actuals with their history, score, chart, comments. */
package it.traguardi.web.indicator;
