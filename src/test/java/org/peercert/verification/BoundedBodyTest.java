package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    /** An endless body that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }

    @Test
    void bodyOverTheLimitIsRefusedAfterReadingOneByteMoreThanTheLimit() throws Exception {
        var endless = new Endless();
        assertThat(BoundedBody.read(endless, -1, 1000)).isEmpty();
        assertThat(endless.read).isEqualTo(1001);
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        var endless = new Endless();
        assertThat(BoundedBody.read(endless, 1001, 1000)).isEmpty();
        assertThat(endless.read).isZero();
    }

    @Test
    void bodyWithinTheLimitIsReadWhole() throws Exception {
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[1000]), -1, 1000)).hasValueSatisfying(b -> assertThat(b).hasSize(1000));
    }
}
