/**
 * JMH benchmarks and the web load run ({@link it.traguardi.bench.WebLoadRun}) for the budgets named in the
 * issues; results in docs/benchmarks.md.
 */
package it.traguardi.bench;
