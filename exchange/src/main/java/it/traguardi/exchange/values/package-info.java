/** Values files: the CSV of actual values ({@code code;period;value[;reason]}) read and checked whole. */
package it.traguardi.exchange.values;
