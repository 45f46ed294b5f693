/** The formats of a report: HTML (one template set, also the PDF's source), PDF/UA + PDF/A-2u, XLSX, CSV, JSON. */
package it.traguardi.report.render;
