/** What the result pages share: a plan's scores from the stored values, traffic lights and explanations as shown. */
package it.traguardi.web.result;
