/** Modelli XLSX: the plan and values spreadsheet templates, written with fastexcel and read back with every check of the TSV and CSV imports. */
package it.traguardi.exchange.spreadsheet;
