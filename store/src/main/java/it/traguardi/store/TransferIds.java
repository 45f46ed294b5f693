package it.traguardi.store;

import java.util.HashMap;
import java.util.Map;

/**
 * The numbers of a full plan that stand for rows of an installation: a value's {@code id} (its
 * place in the document, from 1, oldest first) for the value's row, so a confirmation names the
 * value it confirmed; a version's {@code version_number} for its plan_version row.
 */
final class TransferIds {

    final Map<Long, Long> valueRowToNumber = new HashMap<>();
    final Map<Long, Long> valueNumberToRow = new HashMap<>();
    final Map<Long, Long> versionNumberToRow = new HashMap<>();
    long planRow;
}
