/** Registro delle modifiche: the kinds of change the audit trail records and how a plan's change is told node by node. */
package it.traguardi.core.audit;
