/** The pages of an objective (OS, OO) and of a strategic area: the score, its explanation and a chart of the contributions. */
package it.traguardi.web.objective;
