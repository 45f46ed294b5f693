package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import java.util.List;

/** Input data that cannot be used; the commands throw it and Main prints it and exits with 65. */
final class DataProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    DataProblem(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    static DataProblem of(Cli cli, Message message) {
        return new DataProblem(List.of(cli.messages().render(message)));
    }

    List<String> lines() {
        return lines;
    }
}
