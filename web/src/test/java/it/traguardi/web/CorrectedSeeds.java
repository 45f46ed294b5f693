package it.traguardi.web;

import it.traguardi.exchange.DemoData;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Corrected readings of the Modena 2022 seed, as a planning office would upload them again
 * (issue 7): an area inserted above area 1, or the indicator 301.51 removed. Also a way to hold
 * the Modena plan busy, as another writer would.
 */
public final class CorrectedSeeds {

    private static final List<String> SEED = new String(DemoData.modena2022(), StandardCharsets.UTF_8).lines().toList();
    /** The row of 301.51 in the seed, with its weight, code, title, algorithm, baselines and targets. */
    private static final String ROW_301_51 = SEED.stream().filter(l -> l.contains("\t301.51 - ")).findFirst().orElseThrow();
    /** The title of 301.51 in the seed. */
    public static final String TITLE_301_51 =
            "Partecipanti ai programmi di internazionalizzazione promossi dalla Camera di commercio nell'anno";

    private CorrectedSeeds() {
    }

    /** The seed with a new area (an OS with one indicator, 901.51) above area 1. */
    public static byte[] withAreaOnTop() {
        var lines = new ArrayList<>(SEED);
        var firstArea = lines.indexOf(lines.stream().filter(l -> l.contains("\t1 - Competitivit")).findFirst().orElseThrow());
        lines.addAll(firstArea, List.of(
                "0,00%\t9 - Ambito inserito in testa\t\t\t\t\t\t\t\t\t\t",
                "100,00%\t901 - Obiettivo nuovo\t\t\t\t\t\t\t\t\t\t",
                "100,00%\tIndicatori\t\t\t\t\t\t\t\t\t\t",
                ROW_301_51.replaceFirst("\t301\\.51 - [^\t]*", "\t901.51 - Indicatore nuovo").replaceFirst("^[^\t]*", "100,00%")));
        return bytes(lines);
    }

    /** The seed without the row of 301.51. */
    public static byte[] without301_51() {
        var lines = new ArrayList<>(SEED);
        lines.remove(ROW_301_51);
        return bytes(lines);
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Locks the entity's row as a writer of its plans does, until the returned connection is
     * closed: a write of the entity's plans meanwhile waits for the database's lock timeout, then
     * is refused as busy.
     */
    public static Connection holdBusy(DataSource dataSource, String entity) throws SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var lock = connection.prepareStatement("select id from entity where name = ? for update")) {
            lock.setString(1, entity);
            lock.executeQuery().close();
        }
        return connection;
    }
}
