/**
 * Confronto tra enti: one indicator, by its code, across the plans of every entity the requester
 * may read (payment timeliness in every chamber), as a page and an API route with one reading of
 * their query.
 */
package it.traguardi.web.compare;
