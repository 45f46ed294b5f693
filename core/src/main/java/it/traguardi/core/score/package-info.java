/** Punteggio: indicators scored against their targets, rolled up the plan tree with explanations. */
package it.traguardi.core.score;
