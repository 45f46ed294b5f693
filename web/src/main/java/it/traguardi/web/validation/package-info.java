/** Validazione in the browser: the valutatore's validation and reopening of a period, and the responsabile's confirmation of values. */
package it.traguardi.web.validation;
