package org.peercert.certification.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.peercert.platform.PrivateFiles;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Loads the organisation key from the PKCS#12 keystore named by {@code PEERCERT_SIGNING_KEYSTORE} (password
 * {@code PEERCERT_SIGNING_PASSWORD}). Without one, outside the prod profile, a self-signed EC P-256 key
 * labelled "development" is generated once into {@code peercert.signing.dev-dir} (0700, key and password 0600) and reused on every start,
 * so certificates issued in a demo stay verifiable after a restart. Production without a keystore refuses to start.
 * <p>
 * Open Badges need an RSA key ({@link BadgeSigningKey}, RS256): the entry under alias {@code peercert-badges} of the
 * same keystore, else its first RSA key entry (the organisation key itself when it is RSA); the PDF key is the first
 * key entry under any other alias. The development keystore gains one, generated once, under {@code peercert-badges}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);
    static final String DEV_SUBJECT = "CN=PeerCert DEVELOPMENT signing key (not for production), O=PeerCert development";
    private static final String ALIAS = "peercert";
    private static final String BADGE_ALIAS = "peercert-badges";
    static final String DEV_BADGE_SUBJECT = "CN=PeerCert DEVELOPMENT badge signing key (not for production), O=PeerCert development";

    @Bean
    SigningKey signingKey(@Value("${peercert.signing.keystore:}") String keystore,
            @Value("${peercert.signing.password:}") String password,
            @Value("${peercert.signing.dev-dir}") Path devDir, Environment environment) throws IOException, GeneralSecurityException {
        if (!keystore.isBlank()) {
            return load(Path.of(keystore), password.toCharArray());
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("No signing keystore: set PEERCERT_SIGNING_KEYSTORE and PEERCERT_SIGNING_PASSWORD");
        }
        return developmentKey(devDir);
    }

    @Bean
    BadgeSigningKey badgeSigningKey(@Value("${peercert.signing.keystore:}") String keystore,
            @Value("${peercert.signing.password:}") String password,
            @Value("${peercert.signing.dev-dir}") Path devDir) throws IOException, GeneralSecurityException {
        if (!keystore.isBlank()) {
            return rsaEntry(open(Path.of(keystore), password.toCharArray()), password.toCharArray())
                    .orElseThrow(() -> new IllegalStateException("The signing keystore " + keystore + " holds no RSA key: "
                            + "Open Badges are signed RS256, add an RSA key entry (2048 bits or more)"));
        }
        return developmentBadgeKey(devDir);
    }

    private static KeyStore open(Path file, char[] password) throws IOException, GeneralSecurityException {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** The entry under {@code peercert-badges}, else the first RSA key entry. */
    private static Optional<BadgeSigningKey> rsaEntry(KeyStore store, char[] password) throws GeneralSecurityException {
        if (store.isKeyEntry(BADGE_ALIAS) && store.getKey(BADGE_ALIAS, password) instanceof RSAPrivateKey rsa) {
            return Optional.of(new BadgeSigningKey(rsa, (X509Certificate) store.getCertificate(BADGE_ALIAS)));
        }
        var aliases = store.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof RSAPrivateKey rsa) {
                return Optional.of(new BadgeSigningKey(rsa, (X509Certificate) store.getCertificate(alias)));
            }
        }
        return Optional.empty();
    }

    /**
     * The development keystore's RSA badge key; added (2048 bits, self-signed, labelled development) the first
     * time, to the keystore the EC key lives in, so older data directories gain it without losing their EC key.
     */
    static BadgeSigningKey developmentBadgeKey(Path dir) throws IOException, GeneralSecurityException {
        developmentKey(dir);
        Path keystore = dir.resolve("development-signing.p12");
        char[] password = Files.readString(dir.resolve("development-signing.password")).strip().toCharArray();
        KeyStore store = open(keystore, password);
        var existing = rsaEntry(store, password);
        if (existing.isPresent()) {
            return existing.get();
        }
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, DEV_BADGE_SUBJECT, "SHA256withRSA");
        store.setKeyEntry(BADGE_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        var bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        try {
            PrivateFiles.write(keystore, bytes.toByteArray()); // atomic: the keystore without the badge key stays
        } catch (IOException e) {
            throw unwritable(dir, e);
        }
        log.warn("Generated a DEVELOPMENT Open Badges signing key (RSA) in {} (production: add an RSA key to PEERCERT_SIGNING_KEYSTORE)", dir);
        return new BadgeSigningKey((RSAPrivateKey) pair.getPrivate(), certificate);
    }

    private static SigningKey load(Path file, char[] password) throws IOException, GeneralSecurityException {
        var store = open(file, password);
        var aliases = store.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            if (store.isKeyEntry(alias) && !alias.equals(BADGE_ALIAS)) {
                return new SigningKey((PrivateKey) store.getKey(alias, password), store.getCertificateChain(alias));
            }
        }
        throw new IllegalStateException("The signing keystore holds no private key: " + file);
    }

    static SigningKey developmentKey(Path dir) throws IOException, GeneralSecurityException {
        Path keystore = dir.resolve("development-signing.p12");
        Path passwordFile = dir.resolve("development-signing.password");
        try {
            PrivateFiles.directory(dir);
        } catch (IOException e) {
            throw unwritable(dir, e);
        }
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            // older versions wrote both readable by every local user (0644)
            PrivateFiles.restrict(keystore);
            PrivateFiles.restrict(passwordFile);
            return load(keystore, Files.readString(passwordFile).strip().toCharArray());
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, DEV_SUBJECT, "SHA256withECDSA");
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        var bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        try {
            PrivateFiles.writeString(passwordFile, new String(password));
            PrivateFiles.write(keystore, bytes.toByteArray());
        } catch (IOException e) {
            // a full or read-only data dir: leave no key without its password (or the reverse), say what to do
            Files.deleteIfExists(passwordFile);
            throw unwritable(dir, e);
        }
        log.warn("Generated a DEVELOPMENT certificate signing key in {} (set PEERCERT_SIGNING_KEYSTORE in production)", dir);
        return new SigningKey(pair.getPrivate(), new Certificate[] {certificate});
    }

    private static IllegalStateException unwritable(Path dir, IOException e) {
        return new IllegalStateException("Cannot write the development signing key into " + dir + " (" + e
                + "): the data directory (PEERCERT_DATA_DIR) must be writable and have space, or set PEERCERT_SIGNING_KEYSTORE", e);
    }

    private static X509Certificate selfSigned(KeyPair pair, String name, String algorithm) throws GeneralSecurityException {
        var subject = new X500Name(name);
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder(algorithm).build(pair.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("Cannot create the development certificate", e);
        }
    }

}
