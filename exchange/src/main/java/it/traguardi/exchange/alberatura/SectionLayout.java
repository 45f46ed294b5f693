package it.traguardi.exchange.alberatura;

/**
 * The two section layouts of the Integra alberatura (docs/file-formats.md). In both, field 1 is the
 * weight, field 4 the algorithm, fields 6-8 the baselines and 9-11 the targets.
 */
enum SectionLayout {
    /** 12 fields; field 2 holds {@code code - title}, field 3 is empty. */
    CODE_AND_TITLE_TOGETHER(12),
    /** 11 fields; code in field 2, title in field 3. */
    CODE_AND_TITLE_APART(11);

    static final int WEIGHT = 0;
    static final int CODE = 1;
    static final int TITLE = 2;
    static final int ALGORITHM = 3;
    static final int FIRST_BASELINE = 5;
    static final int FIRST_TARGET = 8;
    static final int YEARS_PER_GROUP = 3;
    static final String TITLE_PREFIX = "Integra_Report_Alberatura della pianificazione";
    static final String HEADER_START = "Ambito";
    static final String INDICATORS_MARKER = "Indicatori";
    static final String OPERATIONAL_MARKER = "Obiettivi operativi";
    static final String CODE_SEPARATOR = " - ";

    private final int fields;

    SectionLayout(int fields) {
        this.fields = fields;
    }

    int fields() {
        return fields;
    }

    static java.util.Optional<SectionLayout> withFields(int count) {
        for (var layout : values()) {
            if (layout.fields == count) {
                return java.util.Optional.of(layout);
            }
        }
        return java.util.Optional.empty();
    }
}
