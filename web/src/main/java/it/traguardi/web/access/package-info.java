/** Controllo degli accessi: the one gate every matched request passes, asking the roles' policy who may do what, on which entity's plan and row. */
package it.traguardi.web.access;
