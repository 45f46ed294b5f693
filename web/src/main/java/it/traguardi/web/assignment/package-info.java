/** Incarichi: the page where the pianificatore and the amministratore say who enters the values of which indicator, measure or organisational unit. */
package it.traguardi.web.assignment;
