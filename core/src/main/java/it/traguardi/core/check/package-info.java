/** Plan-quality checks: weight sums, codes, completeness and targets that are not challenging. */
package it.traguardi.core.check;
