/** Ciclo di vita del piano: its states, approving acts, revisions and the versions a reader asks for. */
package it.traguardi.core.lifecycle;
