/** Punteggio: scoring of indicators against their targets and the weighted roll-up of the plan tree, with explanations. */
package it.traguardi.core.score;
