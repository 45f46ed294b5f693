/** The Integra "Alberatura della pianificazione" TSV: reading it into a plan and writing a plan back. */
package it.traguardi.exchange.alberatura;
