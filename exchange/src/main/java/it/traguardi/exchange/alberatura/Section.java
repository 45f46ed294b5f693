package it.traguardi.exchange.alberatura;

import java.util.List;

/** One section of the file: where it starts, its layout and the years of its columns. */
record Section(int titleLine, SectionLayout layout, List<Integer> baselineYears, List<Integer> targetYears) {

    Section {
        baselineYears = List.copyOf(baselineYears);
        targetYears = List.copyOf(targetYears);
    }
}
