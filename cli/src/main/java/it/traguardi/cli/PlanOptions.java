package it.traguardi.cli;

import picocli.CommandLine.Option;

/** The options that name a stored plan: {@code --entity NAME --year YYYY}. */
final class PlanOptions {

    @Option(names = "--entity", required = true, paramLabel = "NOME", descriptionKey = "entity")
    String entity;

    @Option(names = "--year", required = true, paramLabel = "AAAA", descriptionKey = "year")
    int year;
}
