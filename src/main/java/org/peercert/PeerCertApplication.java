package org.peercert;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeerCertApplication {
    public static void main(String[] args) {
        SpringApplication.run(PeerCertApplication.class, args);
    }
}
