package it.traguardi.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.web.RequestLimits;
import it.traguardi.web.RunningServer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Report files are made in a few slots; beyond them the answer is "try again" (503), never a queue without end. */
class RenderSlotsTest {

    /** No slot at all: every file is refused as when all slots are busy; the pages still open. */
    @RegisterExtension
    final RunningServer server = RunningServer.withSeed().withLimits(RequestLimits.DEFAULTS.withRenderings(0));

    @Test
    void a_file_asked_while_every_slot_is_held_is_refused_and_the_slot_serves_again_once_freed() {
        var slots = new RenderSlots(1);

        var inside = slots.run(() -> slots.run(() -> "secondo"));
        var after = slots.run(() -> "terzo");

        assertThat(inside).contains(Optional.empty());
        assertThat(after).contains("terzo");
    }

    @Test
    void a_download_with_every_slot_busy_is_a_503_page_saying_to_try_again() throws Exception {
        var busy = server.get("/piani/Modena/2022/report/alberatura.pdf");
        var english = server.get("/piani/Modena/2022/report/alberatura.xlsx?lang=en");

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("2");
        assertThat(busy.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(busy.body()).contains("<h1>Report in preparazione</h1>").contains("Riprovare tra qualche secondo")
                .contains("href=\"/piani/Modena/2022\"");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Try again in a few seconds");
        assertThat(server.get("/piani/Modena/2022/report/alberatura").statusCode()).isEqualTo(200);
    }
}
