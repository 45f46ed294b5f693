/** Trasferimento: the full record of one plan (plan, values with history, rules, comments, versions) moved between installations. */
package it.traguardi.core.transfer;
