/** Validazione: the valutatore's validation of a period and its remarks, and the responsabile's confirmation of values. */
package it.traguardi.core.validation;
