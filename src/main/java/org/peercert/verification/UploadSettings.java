package org.peercert.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much verify-by-upload may cost the server ({@code peercert.verification.upload.*}): checks running at
 * once (each is CPU-bound; 2 cores here), how long a further upload waits for a free slot before it is
 * refused, and each check's time and inflated-bytes budget. Worst-case heap is about
 * {@code max-concurrent-checks × 2 × max-inflated}.
 */
@ConfigurationProperties("peercert.verification.upload")
record UploadSettings(@DefaultValue("2") int maxConcurrentChecks, @DefaultValue("1s") Duration queueWait,
        @DefaultValue("5s") Duration timeBudget, @DefaultValue("16MB") DataSize maxInflated) {}
