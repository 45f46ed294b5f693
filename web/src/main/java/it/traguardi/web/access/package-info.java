/** Controllo degli accessi: the one gate every matched request passes, asking a policy who may read or change what. */
package it.traguardi.web.access;
