/** Tests of the backup and its restore, on H2 and on PostgreSQL. */
package it.traguardi.store.backup;
