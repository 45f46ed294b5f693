/** Reports (alberatura, monitoraggio, relazione, scheda): one model, rendered as HTML, PDF, XLSX, CSV and JSON. */
package it.traguardi.report;
