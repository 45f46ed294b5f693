/** Persistence of plans in H2 or PostgreSQL: plain JDBC over a pooled data source, schema by Flyway. */
package it.traguardi.store;
