/** Registro delle modifiche: the audit trail of a plan as a page, a CSV export and an API route, with one reading of their filters. */
package it.traguardi.web.audit;
