package it.traguardi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The token goes into every form that posts, right after its tag, and nowhere else. */
class FormTokensTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final String FIELD = "<input type=\"hidden\" name=\"_csrf\" value=\"" + TOKEN + "\">";

    private static String insert(String html) {
        return new String(FormTokens.insert(html.getBytes(StandardCharsets.UTF_8), TOKEN), StandardCharsets.UTF_8);
    }

    @Test
    void a_posting_form_gets_the_field_and_the_head_gets_the_meta() {
        var page = insert("<html><head><title>è</title></head><body><form method=\"post\" action=\"/a\"><button>Ok</button>"
                + "</form></body></html>");

        assertThat(page).isEqualTo("<html><head><title>è</title><meta name=\"csrf-token\" content=\"" + TOKEN + "\">\n"
                + "</head><body><form method=\"post\" action=\"/a\">" + FIELD + "<button>Ok</button></form></body></html>");
    }

    @Test
    void a_get_form_and_a_formula_element_get_nothing() {
        var html = "<form method=\"get\" action=\"/q\"><input name=\"q\"></form><formula method=\"post\">x</formula>";

        assertThat(insert(html)).isEqualTo(html);
    }

    @Test
    void a_greater_than_sign_inside_an_attribute_does_not_end_the_tag() {
        // the templates escape < and quotes in attributes, not >: a title "A > B" in a confirmation
        var page = insert("<form method=\"post\" action=\"/d\" data-confirm=\"Eliminare A > B?\" class='x>y'>"
                + "<button>Elimina</button></form>");

        assertThat(page).isEqualTo("<form method=\"post\" action=\"/d\" data-confirm=\"Eliminare A > B?\" class='x>y'>"
                + FIELD + "<button>Elimina</button></form>");
    }

    @Test
    void every_posting_form_of_a_fragment_gets_it_once() {
        var page = insert("<li><form\nmethod=\"POST\" hx-post=\"/v\">a</form></li><li><form method=post>b</form></li>");

        assertThat(page).isEqualTo("<li><form\nmethod=\"POST\" hx-post=\"/v\">" + FIELD + "a</form></li><li><form method=post>"
                + FIELD + "b</form></li>");
    }
}
