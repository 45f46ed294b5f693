/** Tests of the account stores, run alike on embedded H2 and on the real PostgreSQL server. */
package it.traguardi.store.account;
