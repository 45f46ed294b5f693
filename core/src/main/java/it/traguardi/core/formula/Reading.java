package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** What {@link AlgorithmReading} makes of an algorithm's text. */
public sealed interface Reading {

    /** The text is a description in words followed by a formula in codes; both are kept. */
    record Derived(String description, Expr formula) implements Reading {
        public Derived {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(formula, "formula");
        }

        /** The formula in canonical text, as it is stored. */
        public String formulaText() {
            return Printer.print(formula);
        }
    }

    /** No formula could be read without guessing: the text is kept as it is and a person decides. */
    record NeedsPerson(String text, Message reason) implements Reading {
        public NeedsPerson {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
