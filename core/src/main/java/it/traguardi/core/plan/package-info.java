/** The plan tree: areas, strategic and operational objectives, indicators and their definitions. */
package it.traguardi.core.plan;
