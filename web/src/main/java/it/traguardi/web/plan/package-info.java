/** The plan pages: the list of stored plans and the read-only plan tree. */
package it.traguardi.web.plan;
