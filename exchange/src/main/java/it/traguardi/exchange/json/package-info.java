/** The JSON documents Traguardi writes: the plan (schema traguardi.plan/1, docs/plan-json.md), its scores and its checks. */
package it.traguardi.exchange.json;
