package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Problema: an RFC 9457 problem detail. {@code kind} names the type ({@code /api/problems/<kind>})
 * and the localized title; {@code extra} holds the members beyond the standard five (e.g.
 * {@code problems} for invalid data, {@code currentVersion} for a changed plan).
 */
record ProblemDetail(int status, String kind, String detail, ObjectNode extra) {

    static final String TYPE_PREFIX = "/api/problems/";

    ProblemDetail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(extra, "extra");
    }

    ProblemDetail(int status, String kind, String detail) {
        this(status, kind, detail, Json.object());
    }

    ObjectNode body(ApiTexts language, String instance) {
        var body = Json.object()
                .put("type", TYPE_PREFIX + kind)
                .put("title", language.text("problem." + kind + ".title"))
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        body.setAll(extra);
        return body;
    }
}
