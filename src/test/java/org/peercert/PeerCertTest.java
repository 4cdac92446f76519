package org.peercert;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the real embedded MariaDB with the DPSC curriculum loaded. All tests using it
 * share one Spring context (keep it that way: contexts are expensive on 2 cores). Mail goes to a real SMTP
 * server, GreenMail ({@link TestSmtp}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSmtp.class, TestClock.Config.class})
public @interface PeerCertTest {}
