/**
 * Relazioni e report: the reports of a plan (alberatura, monitoraggio, relazione, scheda) as pages
 * within the site and as files to download (PDF, XLSX, CSV, JSON, HTML), every one rendered by the
 * report module from the one model built here for the request, so the page and its files agree.
 */
package it.traguardi.web.report;
