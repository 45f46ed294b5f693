/** Files in and out: the Integra alberatura TSV and the plan as JSON. Never touches the database. */
package it.traguardi.exchange;
