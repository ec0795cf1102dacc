package io.stockobserver.batch.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EtlPartitionMapperTest {
    @Test
    void shouldRefuseAPartitionCountOutsideItsRangeWithAClearMessage() {
        assertThat(EtlPartitionMapper.count(" 4 ")).isEqualTo(4);
        assertThatThrownBy(() -> EtlPartitionMapper.count("0")).hasMessageContaining("1..8");
        assertThatThrownBy(() -> EtlPartitionMapper.count("9")).hasMessageContaining("1..8");
        assertThatThrownBy(() -> EtlPartitionMapper.count("two")).hasMessageContaining("two");
    }
}
