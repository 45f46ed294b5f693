/** Creating plans (empty, uploaded, copied) and editing their nodes, weights and formulas, for pages and API. */
package it.traguardi.web.plan.edit;
