/** Actual values in the browser: the data entry page by period and the values CSV upload. */
package it.traguardi.web.values;
