/** Ciclo di vita del piano in the browser: states, approvals, revisions, and the comparison of two versions. */
package it.traguardi.web.plan.lifecycle;
