/** Copie di sicurezza: a consistent copy of the whole database in one file, and its restore into an empty one. */
package it.traguardi.store.backup;
