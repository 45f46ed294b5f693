/** The command line: the one main() and its subcommands (import, export, plans, check, serve). */
package it.traguardi.cli;
