/** Measures and recorded actual values: what is entered per period, and how indicators get their actuals. */
package it.traguardi.core.measure;
