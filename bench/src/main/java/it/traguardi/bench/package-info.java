/** JMH benchmarks for the budgets named in the issues; results in docs/benchmarks.md. */
package it.traguardi.bench;
