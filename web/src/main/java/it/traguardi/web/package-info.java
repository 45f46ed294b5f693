/** HTTP: the server, its health endpoint and the pages, packaged by feature. */
package it.traguardi.web;
