/** Utenti e ruoli: the roles a person holds in an entity, and what each role may do in the performance cycle. */
package it.traguardi.core.account;
