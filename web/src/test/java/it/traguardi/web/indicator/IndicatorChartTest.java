package it.traguardi.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorChartTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13147300000 | 13,1 mld",
        "6573650000  | 6,6 mld",
        "1760390     | 1,8 mln",
        "-2500000    | -2,5 mln",
        "1133        | 1.133",
        "100         | 100",
        "67.5        | 67,50",
        "-20.14      | -20,14",
        "0           | 0,00"})
    void axis_labels_are_short_italian_numbers(String value, String label) {
        assertThat(IndicatorChart.tick(new BigDecimal(value))).isEqualTo(label);
    }
}
