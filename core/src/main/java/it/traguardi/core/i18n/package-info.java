/** User-facing messages: keys, arguments and their Italian and English texts. */
package it.traguardi.core.i18n;
