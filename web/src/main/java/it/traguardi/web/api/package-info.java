/** API JSON: the plans under {@code /api/v1}, errors as RFC 9457 problems, the OpenAPI document. */
package it.traguardi.web.api;
