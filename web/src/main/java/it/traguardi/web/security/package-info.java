/** Protections of every request: the CSRF token and Origin check on changes, and the security headers of every answer. */
package it.traguardi.web.security;
