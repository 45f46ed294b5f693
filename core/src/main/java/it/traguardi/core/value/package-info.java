/** Values, targets and weights, and their Italian text forms. */
package it.traguardi.core.value;
