/** Utenti, sessioni e token: accounts, their roles per entity, sessions, API tokens and sign-in throttling, in the database. */
package it.traguardi.store.account;
