/** The plan as JSON (schema traguardi.plan/1, described in docs/plan-json.md). */
package it.traguardi.exchange.json;
