/** Charts drawn on the server as accessible inline SVG (role img, title and description), so page and PDF agree. */
package it.traguardi.web.chart;
