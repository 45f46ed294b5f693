package it.traguardi.web;

/** The model of {@code error.jte}: a request that was refused, and why, in the person's language. */
public record ErrorPage(Layout layout, String message) {
}
