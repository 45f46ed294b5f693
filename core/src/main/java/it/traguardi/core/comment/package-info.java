/** Commenti: the notes people write on the nodes of a plan, and what a note may hold. */
package it.traguardi.core.comment;
