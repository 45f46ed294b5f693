/** Tests of the store, run alike on embedded H2 and on the real PostgreSQL server. */
package it.traguardi.store;
