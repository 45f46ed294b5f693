package it.traguardi.bench;

import it.traguardi.store.Actor;

/** The author the benchmarks record their own data under, in the audit trail and on values. */
final class BenchActor {

    static final Actor BENCH = new Actor("banco di prova", "locale");

    private BenchActor() {
    }
}
