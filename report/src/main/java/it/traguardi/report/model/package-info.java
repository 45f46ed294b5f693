/**
 * The report model: what a report says, as data (header, facts, sections of tables with typed
 * cells, charts), before any format; every renderer reads only this, so page, PDF, spreadsheet and
 * open data never disagree.
 */
package it.traguardi.report.model;
