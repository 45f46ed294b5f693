package it.traguardi.web.plan.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fields of a form or request that cannot be saved, each with its messages (already localized). */
public final class FieldProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Map<String, List<String>> problems;

    public FieldProblemsException(Map<String, List<String>> problems) {
        super("invalid fields " + problems.keySet(), null, false, false);
        this.problems = new LinkedHashMap<>(problems);
    }

    public Map<String, List<String>> problems() {
        return problems;
    }
}
