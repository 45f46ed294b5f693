package it.traguardi.web.result;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.score.Coverage;
import it.traguardi.core.value.ItalianFormat;

/** What a score stands on, in words: "7 indicatori misurati su 94, 4,52% del peso". */
public final class CoverageText {

    private CoverageText() {
    }

    public static String of(Coverage coverage, Messages m) {
        return m.get("web.coverage", coverage.measured(), coverage.counted(),
                ItalianFormat.formatNumber(coverage.share()));
    }
}
