package it.traguardi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void a_name_becomes_lower_case_ascii_words_joined_by_single_hyphens() {
        assertThat(Downloads.slug("Camera di Commercio di Modena")).isEqualTo("camera-di-commercio-di-modena");
        assertThat(Downloads.slug("  Forlì-Cesena (Unioncamere)  ")).isEqualTo("forli-cesena-unioncamere");
        assertThat(Downloads.slug("30.A1.1")).isEqualTo("30-a1-1");
    }

    @Test
    void a_name_with_nothing_to_keep_is_the_plan_and_a_long_one_is_cut_without_a_trailing_hyphen() {
        assertThat(Downloads.slug("«—»")).isEqualTo("piano");
        assertThat(Downloads.slug("")).isEqualTo("piano");
        assertThat(Downloads.slug("a".repeat(79) + " b" + "c".repeat(40))).isEqualTo("a".repeat(79));
    }
}
