package it.traguardi.web.access;

/** What a request does to a resource: only look at it, or change it. */
public enum Action {
    /** Consultare: pages, GET and HEAD. */
    READ,
    /** Modificare: import, replace, delete. */
    CHANGE
}
